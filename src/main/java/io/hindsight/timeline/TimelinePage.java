package io.hindsight.timeline;

import java.util.List;

/**
 * One page of a timeline, and where the next one starts; only a {@code null} {@code next} marks the last page.
 * A page is shorter than asked for when it is the last one, or when hidden entries are left out and the store
 * reached its bound on entries examined for one page (see {@link TimelineStore#page}): then {@code next} is set.
 */
public record TimelinePage(List<TimelineEvent> events, TimelineCursor next) {

    public TimelinePage {
        events = List.copyOf(events);
    }
}
