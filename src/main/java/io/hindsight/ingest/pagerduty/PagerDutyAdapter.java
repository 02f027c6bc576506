package io.hindsight.ingest.pagerduty;

import io.hindsight.ingest.IngestSource;
import io.hindsight.ingest.JsonTree;
import io.hindsight.ingest.PayloadAdapter;
import io.hindsight.ingest.Signal;
import io.hindsight.ingest.SignalText;
import io.hindsight.timeline.TimelineEventKind;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * PagerDuty's v3 webhook: one {@code event} per delivery, with {@code id}, {@code event_type},
 * {@code occurred_at}, {@code agent} and the incident in {@code data}. Triggered, acknowledged, escalated and
 * resolved incidents become page entries; other event types (notes, priority changes, the subscription's ping)
 * are accepted and ignored. The event id is the external id, so PagerDuty's redeliveries are stored once.
 *
 * <p>Routing rules see the incident's fields as labels: {@code service}, {@code service_id}, {@code priority},
 * {@code urgency}, {@code escalation_policy}, {@code team}, {@code title}, {@code incident_key},
 * {@code pagerduty_incident}.
 */
public final class PagerDutyAdapter implements PayloadAdapter {

    private static final Map<String, TimelineEventKind> KINDS = Map.of(
            "incident.triggered", TimelineEventKind.PAGE_TRIGGERED,
            "incident.acknowledged", TimelineEventKind.PAGE_ACKNOWLEDGED,
            "incident.escalated", TimelineEventKind.PAGE_ESCALATED,
            "incident.resolved", TimelineEventKind.PAGE_RESOLVED);

    @Override
    public List<Signal> read(JsonTree payload, IngestSource source) {
        JsonTree event = payload.requireObject().get("event").requireObject();
        String eventType = event.get("event_type").requiredText();
        String id = event.get("id").requiredText();
        Instant occurredAt = event.get("occurred_at").requiredInstant();
        TimelineEventKind kind = KINDS.get(eventType);
        if (kind == null) {
            return List.of();
        }
        return List.of(incident(event, id, occurredAt, kind));
    }

    private static Signal incident(JsonTree event, String id, Instant occurredAt, TimelineEventKind kind) {
        JsonTree data = event.get("data").requireObject();
        String title = data.get("title").text();
        String number = data.get("number").scalarText();
        String service = data.get("service").get("summary").text();
        String agent = event.get("agent").get("summary").text();
        String incident = "PagerDuty incident" + (number == null ? "" : " #" + number);
        String what = switch (kind) {
            case PAGE_TRIGGERED -> " triggered";
            case PAGE_ACKNOWLEDGED -> " acknowledged";
            case PAGE_ESCALATED -> " escalated";
            default -> " resolved";
        };
        String by = agent == null || kind == TimelineEventKind.PAGE_TRIGGERED ? "" : " by " + agent;
        String about = (title == null ? "" : ": " + title) + (service == null ? "" : " (" + service + ")");
        return new Signal(event.path(), event.get("occurred_at").path(), kind, occurredAt,
                SignalText.summary(incident + what + by + about, incident + what),
                SignalText.details(details(data, agent)),
                SignalText.link(data.get("html_url").text()),
                SignalText.externalId(id),
                labels(data, title, service),
                null);
    }

    private static Map<String, String> labels(JsonTree data, String title, String service) {
        Map<String, String> labels = new LinkedHashMap<>();
        put(labels, "service", service);
        put(labels, "service_id", data.get("service").get("id").text());
        put(labels, "priority", data.get("priority").get("summary").text());
        put(labels, "urgency", data.get("urgency").text());
        put(labels, "escalation_policy", data.get("escalation_policy").get("summary").text());
        List<JsonTree> teams = data.get("teams").elements();
        put(labels, "team", teams.isEmpty() ? null : teams.get(0).get("summary").text());
        put(labels, "title", title);
        put(labels, "incident_key", data.get("incident_key").text());
        put(labels, "pagerduty_incident", data.get("id").text());
        return labels;
    }

    private static String details(JsonTree data, String agent) {
        StringJoiner lines = new StringJoiner("\n");
        line(lines, "Title", data.get("title").text());
        line(lines, "Service", data.get("service").get("summary").text());
        line(lines, "Urgency", data.get("urgency").text());
        line(lines, "Priority", data.get("priority").get("summary").text());
        line(lines, "Escalation policy", data.get("escalation_policy").get("summary").text());
        StringJoiner assignees = new StringJoiner(", ");
        for (JsonTree assignee : data.get("assignees").elements()) {
            String name = assignee.get("summary").text();
            if (name != null) {
                assignees.add(name);
            }
        }
        line(lines, "Assignees", assignees.length() == 0 ? null : assignees.toString());
        line(lines, "By", agent);
        line(lines, "Resolve reason", data.get("resolve_reason").scalarText());
        return lines.toString();
    }

    private static void put(Map<String, String> labels, String name, String value) {
        if (value != null && !value.isBlank()) {
            labels.put(name, value);
        }
    }

    private static void line(StringJoiner lines, String name, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(name + ": " + value);
        }
    }
}
