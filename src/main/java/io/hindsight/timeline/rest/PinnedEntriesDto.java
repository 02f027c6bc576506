package io.hindsight.timeline.rest;

import io.hindsight.platform.DisplayNames;
import io.hindsight.timeline.PinnedEntry;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An incident's pinned entries (key moments) on the wire, oldest pin first, with the names of the people named. */
public record PinnedEntriesDto(List<PinnedEntryDto> pins, Map<String, String> people) {

    static PinnedEntriesDto from(List<PinnedEntry> entries, DisplayNames names) {
        return new PinnedEntriesDto(entries.stream().map(PinnedEntryDto::from).toList(),
                PeopleDto.of(entries.stream().map(PinnedEntry::event).toList(),
                        entries.stream().map(entry -> entry.pin().pinnedBy()).toList(), names));
    }

    /**
     * One pinned entry.
     *
     * @param pinnedBy host user key of whoever pinned it
     */
    public record PinnedEntryDto(TimelineEventDto entry, String pinnedBy, Instant pinnedAt) {

        static PinnedEntryDto from(PinnedEntry pinned) {
            return new PinnedEntryDto(TimelineEventDto.from(pinned.event()), pinned.pin().pinnedBy(),
                    pinned.pin().pinnedAt());
        }
    }
}
