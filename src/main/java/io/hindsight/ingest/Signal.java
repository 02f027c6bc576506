package io.hindsight.ingest;

import io.hindsight.timeline.AppendTimelineEventCommand;
import io.hindsight.timeline.TimelineEventKind;
import io.hindsight.timeline.TimelineSource;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One thing a sender reported (an alert that fired or resolved, a page, a deploy), read from its payload and
 * ready to become a timeline entry once routed to an incident.
 *
 * @param path            where the item is in the payload, e.g. {@code alerts[3]}, to name it in reports
 * @param occurredAtField where {@code occurredAt} came from in the payload, to name it when it is refused
 * @param occurredAt      when it happened; {@code null} when the sender did not say (then: when it arrived)
 * @param labels          what routing rules match on: the alert's labels, or a sender's fields as labels
 * @param incidentKey     the incident the sender named explicitly, or {@code null}
 */
public record Signal(
        String path,
        String occurredAtField,
        TimelineEventKind kind,
        Instant occurredAt,
        String summary,
        String details,
        String evidenceLink,
        String externalId,
        Map<String, String> labels,
        String incidentKey) {

    public Signal {
        Objects.requireNonNull(kind, "kind");
        labels = Map.copyOf(labels);
    }

    /** Whether this signal may declare a new incident when no open one matches: only a new problem may. */
    public boolean canDeclare() {
        return kind == TimelineEventKind.ALERT_FIRING || kind == TimelineEventKind.PAGE_TRIGGERED;
    }

    public Signal withEvidenceLink(String link) {
        return new Signal(path, occurredAtField, kind, occurredAt, summary, details, link, externalId, labels,
                incidentKey);
    }

    public AppendTimelineEventCommand toCommand(TimelineSource source) {
        return new AppendTimelineEventCommand(occurredAt, kind, source, summary, details, evidenceLink, externalId);
    }
}
