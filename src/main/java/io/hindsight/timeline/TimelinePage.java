package io.hindsight.timeline;

import java.util.List;

/**
 * One page of a timeline, and where the next one starts. Only a {@code null} {@code next} marks the end: a page
 * without hidden entries may be shorter than asked for.
 */
public record TimelinePage(List<TimelineEvent> events, TimelineCursor next) {

    public TimelinePage {
        events = List.copyOf(events);
    }
}
