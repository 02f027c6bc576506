package io.hindsight.timeline.rest;

import io.hindsight.platform.DisplayNames;
import io.hindsight.timeline.TimelinePage;
import java.util.List;
import java.util.Map;

/**
 * One page of a timeline, the cursor of the next page ({@code null} on the last one), and the display names of the
 * people its entries name, by user key.
 */
public record TimelinePageDto(List<TimelineEventDto> events, String next, Map<String, String> people) {

    public static TimelinePageDto from(TimelinePage page, DisplayNames names) {
        return new TimelinePageDto(page.events().stream().map(TimelineEventDto::from).toList(),
                page.next() == null ? null : page.next().encode(), PeopleDto.of(page.events(), List.of(), names));
    }
}
