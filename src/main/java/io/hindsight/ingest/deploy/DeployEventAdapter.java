package io.hindsight.ingest.deploy;

import io.hindsight.ingest.IngestLimits;
import io.hindsight.ingest.IngestSource;
import io.hindsight.ingest.JsonTree;
import io.hindsight.ingest.PayloadAdapter;
import io.hindsight.ingest.Signal;
import io.hindsight.ingest.SignalText;
import io.hindsight.timeline.TimelineEventKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hindsight's own schema for CI/CD change events (documented in the README): one event object, or
 * {@code {"events": [...]}} with up to {@link IngestLimits#MAX_ITEMS}. Each event has a {@code type}
 * ({@code deploy-started}, {@code deploy-finished}, {@code rollback}, {@code feature-flag}, {@code config-change}),
 * an {@code id} that a re-run of the same job repeats, and a {@code service}. Since this schema is ours, unknown
 * properties are refused: a misspelt {@code occuredAt} would otherwise be dropped without a word.
 */
public final class DeployEventAdapter implements PayloadAdapter {

    private static final Map<String, TimelineEventKind> KINDS = Map.of(
            "deploy-started", TimelineEventKind.DEPLOY_STARTED,
            "deploy-finished", TimelineEventKind.DEPLOY_FINISHED,
            "rollback", TimelineEventKind.ROLLBACK,
            "feature-flag", TimelineEventKind.FEATURE_FLAG_CHANGED,
            "config-change", TimelineEventKind.CONFIG_CHANGED);
    private static final Set<String> PROPERTIES = Set.of("type", "id", "service", "version", "environment", "who",
            "link", "occurredAt", "summary", "details", "incident", "labels", "flag", "value");

    @Override
    public List<Signal> read(JsonTree payload, IngestSource source) {
        payload.requireObject();
        if (payload.fieldNames().equals(List.of("events"))) {
            JsonTree events = payload.get("events");
            if (events.size() > IngestLimits.MAX_ITEMS) {
                throw IngestLimits.tooManyItems(events.size(), "events");
            }
            List<Signal> signals = new ArrayList<>(events.size());
            for (JsonTree event : events.elements()) {
                signals.add(event(event));
            }
            return signals;
        }
        return List.of(event(payload));
    }

    private static Signal event(JsonTree event) {
        event.requireObject();
        for (String name : event.fieldNames()) {
            if (!PROPERTIES.contains(name)) {
                throw event.get(name).invalid("is not a property of a deploy event (known: " + PROPERTIES.stream()
                        .sorted().toList() + ")");
            }
        }
        String type = event.get("type").requiredText();
        TimelineEventKind kind = KINDS.get(type);
        if (kind == null) {
            throw event.get("type").invalid("must be one of " + KINDS.keySet().stream().sorted().toList());
        }
        String id = event.get("id").requiredText();
        String service = event.get("service").requiredText();
        String version = event.get("version").text();
        String environment = event.get("environment").text();
        String who = event.get("who").text();
        String flag = event.get("flag").text();
        String value = event.get("value").scalarText();
        Map<String, String> labels = new LinkedHashMap<>(event.get("labels").stringMap());
        labels.put("type", type);
        labels.put("service", service);
        putIfSet(labels, "version", version);
        putIfSet(labels, "environment", environment);
        putIfSet(labels, "who", who);
        putIfSet(labels, "flag", flag);
        String generated = headline(type, service, version, flag, value) + (environment == null ? "" : " in " + environment)
                + (who == null ? "" : " by " + who);
        return new Signal(
                event.path(),
                event.get("occurredAt").path(),
                kind,
                event.get("occurredAt").instant(),
                SignalText.summary(firstSet(event.get("summary").text(), generated), generated),
                SignalText.details(event.get("details").text()),
                SignalText.link(event.get("link").text()),
                SignalText.externalId(id),
                labels,
                SignalText.incidentKey(event.get("incident").text()));
    }

    private static String headline(String type, String service, String version, String flag, String value) {
        String at = version == null ? "" : " " + version;
        return switch (type) {
            case "deploy-started" -> "Deploy of " + service + at + " started";
            case "deploy-finished" -> service + at + " deployed";
            case "rollback" -> service + " rolled back" + (version == null ? "" : " to " + version);
            case "feature-flag" -> "Feature flag " + (flag == null ? "" : flag + " ") + "of " + service + " changed"
                    + (value == null ? "" : " to " + value);
            default -> "Configuration of " + service + " changed" + at;
        };
    }

    private static String firstSet(String given, String generated) {
        return given == null || given.isBlank() ? generated : given;
    }

    private static void putIfSet(Map<String, String> labels, String name, String value) {
        if (value != null && !value.isBlank()) {
            labels.put(name, value);
        }
    }
}
