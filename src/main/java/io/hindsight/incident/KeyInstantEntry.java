package io.hindsight.incident;

import io.hindsight.timeline.TimelineEvent;
import io.hindsight.timeline.TimelineEventKind;
import java.time.Instant;
import java.util.Objects;

/**
 * The value of a key instant and the timeline entry it came from: a {@code key-instant} entry when a person set it,
 * or the entry a rule derived it from (an alert, a page acknowledgement, a declaration, a status change).
 *
 * @param entryId the timeline entry's id
 */
public record KeyInstantEntry(Instant at, long entryId, TimelineEventKind entryKind) {

    public KeyInstantEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(entryKind, "entryKind");
    }

    /** Derived from {@code event}'s occurred-at. */
    public static KeyInstantEntry derivedFrom(TimelineEvent event) {
        return new KeyInstantEntry(event.occurredAt(), event.id(), event.kind());
    }

    /** Derived from when {@code event} reached Hindsight rather than when it says it happened. */
    public static KeyInstantEntry derivedFromRecording(TimelineEvent event) {
        return new KeyInstantEntry(event.recordedAt(), event.id(), event.kind());
    }

    /** Set by a person through the {@code key-instant} entry {@code event}. */
    public static KeyInstantEntry manual(TimelineEvent event) {
        return new KeyInstantEntry(event.occurredAt(), event.id(), event.kind());
    }

    /** Whether a person set it; manual values win over derived ones and stay until changed by hand. */
    public boolean manual() {
        return entryKind == TimelineEventKind.KEY_INSTANT;
    }
}
