package io.hindsight.confluence.rest.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hindsight.confluence.IncidentSummary;
import io.hindsight.confluence.JiraUnavailable;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The one place that knows the JSON of Jira's {@code GET /rest/hindsight/1.0/incidents/{key}}: {@code key},
 * {@code summary}, {@code severity} ("SEV-1"), {@code status} (a code such as "postmortem-in-review") and
 * {@code deadlines.postmortemDue} (an ISO instant, absent when no post-mortem is due).
 */
final class IncidentJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private IncidentJson() {
    }

    static IncidentSummary parse(String body) {
        JsonNode incident;
        try {
            incident = JSON.readTree(body);
        } catch (IOException e) {
            throw new JiraUnavailable("Jira's answer about the incident was not JSON.", e);
        }
        return new IncidentSummary(incident.path("key").asText(), incident.path("summary").asText(""),
                incident.path("severity").asText(""), statusLabel(incident.path("status").asText("")),
                instant(incident.path("deadlines").path("postmortemDue").asText(null)));
    }

    /** "postmortem-in-review" → "Postmortem in review": readable whatever codes the incident service adds later. */
    private static String statusLabel(String code) {
        if (code.isEmpty()) {
            return code;
        }
        String words = code.replace('-', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static Instant instant(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
