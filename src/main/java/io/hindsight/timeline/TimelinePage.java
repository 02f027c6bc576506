package io.hindsight.timeline;

import java.util.List;

/** One page of a timeline, and where the next one starts ({@code null} on the last page). */
public record TimelinePage(List<TimelineEvent> events, TimelineCursor next) {

    public TimelinePage {
        events = List.copyOf(events);
    }
}
