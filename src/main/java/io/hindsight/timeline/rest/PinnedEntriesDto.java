package io.hindsight.timeline.rest;

import io.hindsight.timeline.PinnedEntry;
import java.time.Instant;
import java.util.List;

/** An incident's pinned entries (key moments) on the wire, oldest pin first. */
public record PinnedEntriesDto(List<PinnedEntryDto> pins) {

    static PinnedEntriesDto from(List<PinnedEntry> entries) {
        return new PinnedEntriesDto(entries.stream().map(PinnedEntryDto::from).toList());
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
