package io.hindsight.timeline;

import java.time.Instant;
import java.util.Objects;

/**
 * A key moment: a timeline entry that someone pinned so that it shows first. Pinning changes nothing in the entry.
 *
 * @param pinnedBy the host user key of whoever pinned it
 */
public record TimelinePin(long incidentId, long eventId, String pinnedBy, Instant pinnedAt) {

    public TimelinePin {
        Objects.requireNonNull(pinnedBy, "pinnedBy");
        Objects.requireNonNull(pinnedAt, "pinnedAt");
    }
}
