package io.hindsight.timeline;

import java.time.Instant;

/** A validated entry, ready to store: what {@link TimelineStore#append} receives. */
public record NewTimelineEvent(
        long incidentId,
        Instant occurredAt,
        Instant recordedAt,
        TimelineEventKind kind,
        TimelineSource source,
        String actorKey,
        String summary,
        String details,
        String evidenceLink,
        String externalId) {
}
