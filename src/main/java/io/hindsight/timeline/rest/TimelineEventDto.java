package io.hindsight.timeline.rest;

import io.hindsight.timeline.TimelineEvent;
import java.time.Instant;

/**
 * A timeline entry on the wire: kind and source as their codes, instants as ISO-8601 UTC. Every key is always
 * present; optional values are {@code null}.
 *
 * @param actor      host user key of the person behind the entry, {@code null} for machine sources
 * @param backdated  whether the entry was recorded well after it happened
 * @param hidden     who hid the entry, when and why; {@code null} while it is visible
 */
public record TimelineEventDto(
        long id,
        Instant occurredAt,
        Instant recordedAt,
        String kind,
        String source,
        String actor,
        String summary,
        String details,
        String evidenceLink,
        String externalId,
        boolean backdated,
        HiddenDto hidden) {

    public static TimelineEventDto from(TimelineEvent event) {
        return new TimelineEventDto(event.id(), event.occurredAt(), event.recordedAt(), event.kind().code(),
                event.source().code(), event.actorKey(), event.summary(), event.details(), event.evidenceLink(),
                event.externalId(), event.isBackdated(), HiddenDto.from(event.hidden()));
    }

    /** Who hid an entry ({@code by}, a host user key), when, and why. */
    public record HiddenDto(String by, Instant at, String reason) {

        static HiddenDto from(TimelineEvent.Hidden hidden) {
            return hidden == null ? null : new HiddenDto(hidden.byUserKey(), hidden.at(), hidden.reason());
        }
    }
}
