package io.hindsight.timeline.rest;

import io.hindsight.timeline.TimelinePage;
import java.util.List;

/** One page of a timeline, and the cursor of the next page ({@code null} on the last one). */
public record TimelinePageDto(List<TimelineEventDto> events, String next) {

    public static TimelinePageDto from(TimelinePage page) {
        return new TimelinePageDto(page.events().stream().map(TimelineEventDto::from).toList(),
                page.next() == null ? null : page.next().encode());
    }
}
