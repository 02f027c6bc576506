package io.hindsight.timeline;

import java.time.Instant;
import java.util.Objects;

/**
 * One immutable entry of an incident's timeline, as stored. Hidden entries keep their content: hiding records
 * who, when and why, and removes nothing.
 *
 * @param occurredAt when it happened (UTC, millisecond precision); may be backdated
 * @param recordedAt when Hindsight stored it; never changes
 * @param actorKey   the host user key of the person behind it, or {@code null} for a machine source
 */
public record TimelineEvent(
        long id,
        long incidentId,
        Instant occurredAt,
        Instant recordedAt,
        TimelineEventKind kind,
        TimelineSource source,
        String actorKey,
        String summary,
        String details,
        String evidenceLink,
        String externalId,
        Hidden hidden) {

    public TimelineEvent {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(summary, "summary");
    }

    public boolean isHidden() {
        return hidden != null;
    }

    /** True when the entry was recorded later than it happened, beyond ordinary delivery delay. */
    public boolean isBackdated() {
        return recordedAt.minusSeconds(60).isAfter(occurredAt);
    }

    /** Who hid an entry, when, and why. */
    public record Hidden(String byUserKey, Instant at, String reason) {

        public Hidden {
            Objects.requireNonNull(byUserKey, "byUserKey");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
