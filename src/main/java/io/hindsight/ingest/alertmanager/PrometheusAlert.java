package io.hindsight.ingest.alertmanager;

import io.hindsight.ingest.JsonTree;
import io.hindsight.ingest.Signal;
import io.hindsight.ingest.SignalText;
import io.hindsight.timeline.TimelineEventKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * One alert in the shape Alertmanager's webhook sends it (and Grafana's, which copies it): status, labels,
 * annotations, startsAt, endsAt, fingerprint, generatorURL.
 *
 * <p>A firing alert happened at {@code startsAt}, a resolved one at {@code endsAt}. The external id is fingerprint,
 * startsAt and status, so every repeat of the same firing (Alertmanager re-sends the whole group on each
 * {@code repeat_interval} and on retries) is stored once, and a new firing of the same alert later is a new entry.
 */
public final class PrometheusAlert {

    /** Alertmanager writes Go's zero time for "not ended"; anything before 1970 means the same. */
    private static final Instant NOT_SET_BEFORE = Instant.EPOCH;

    private PrometheusAlert() {
    }

    /**
     * The signal of one alert.
     *
     * @param links the payload's links in order of preference, after the alert's own generatorURL is considered
     *              by the caller; the first absolute http(s) one becomes the evidence link
     */
    public static Signal read(JsonTree alert, String... links) {
        alert.requireObject();
        String status = alert.get("status").requiredText();
        boolean firing = switch (status) {
            case "firing" -> true;
            case "resolved" -> false;
            default -> throw alert.get("status").invalid("must be firing or resolved");
        };
        Map<String, String> labels = alert.get("labels").stringMap();
        Map<String, String> annotations = alert.get("annotations").stringMap();
        Instant startsAt = alert.get("startsAt").requiredInstant();
        Instant endsAt = whenSet(alert.get("endsAt").instant());
        if (!firing && endsAt == null) {
            throw alert.get("endsAt").invalid("is required for a resolved alert");
        }
        if (endsAt != null && endsAt.isBefore(startsAt)) {
            throw alert.get("endsAt").invalid("is before startsAt");
        }
        String fingerprint = alert.get("fingerprint").text();
        if (fingerprint == null || fingerprint.isBlank()) {
            fingerprint = fingerprintOf(labels);
        }
        String name = labels.getOrDefault("alertname", "Alert");
        String headline = firstNonBlank(annotations.get("summary"), annotations.get("title"),
                firstLine(annotations.get("description")));
        return new Signal(
                alert.path(),
                alert.path() + (firing ? ".startsAt" : ".endsAt"),
                firing ? TimelineEventKind.ALERT_FIRING : TimelineEventKind.ALERT_RESOLVED,
                firing ? startsAt : endsAt,
                SignalText.summary(name + " " + status + (headline == null ? "" : ": " + headline), name + " " + status),
                SignalText.details(details(annotations, labels)),
                SignalText.firstLink(prepend(alert.get("generatorURL").text(), links)),
                SignalText.externalId(fingerprint + "@" + startsAt + ":" + status),
                labels,
                incidentKey(labels, annotations));
    }

    private static String[] prepend(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static String details(Map<String, String> annotations, Map<String, String> labels) {
        StringJoiner parts = new StringJoiner("\n\n");
        String description = annotations.get("description");
        if (description != null && !description.isBlank()) {
            parts.add(description);
        }
        Map<String, String> otherAnnotations = new LinkedHashMap<>(annotations);
        otherAnnotations.keySet().removeAll(List.of("summary", "description"));
        if (!otherAnnotations.isEmpty()) {
            parts.add(SignalText.labelLines(otherAnnotations));
        }
        if (!labels.isEmpty()) {
            parts.add("Labels:\n" + SignalText.labelLines(new TreeMap<>(labels)));
        }
        return parts.toString();
    }

    private static String incidentKey(Map<String, String> labels, Map<String, String> annotations) {
        String key = labels.get(SignalText.INCIDENT_LABEL);
        return SignalText.incidentKey(key != null ? key : annotations.get(SignalText.INCIDENT_LABEL));
    }

    // Old Alertmanager versions send no fingerprint; the labels identify an alert just as well.
    private static String fingerprintOf(Map<String, String> labels) {
        return "labels:" + SignalText.sha256Hex(SignalText.labelLines(new TreeMap<>(labels))).substring(0, 16);
    }

    private static Instant whenSet(Instant instant) {
        return instant == null || instant.isBefore(NOT_SET_BEFORE) ? null : instant;
    }

    private static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return null;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return null;
        }
        List<String> lines = new ArrayList<>(text.strip().lines().toList());
        return lines.isEmpty() ? null : lines.get(0);
    }
}
