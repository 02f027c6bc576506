package io.hindsight.confluence;

import java.time.Instant;
import java.util.Objects;

/**
 * What the macro shows of an incident: key, summary, severity and status as Jira's incident resource names them
 * ("SEV-1", "Resolved"), and the post-mortem deadline when one applies.
 */
public record IncidentSummary(String key, String summary, String severity, String status, Instant postmortemDue) {

    public IncidentSummary {
        Objects.requireNonNull(key, "key");
        summary = Objects.requireNonNullElse(summary, "");
        severity = Objects.requireNonNullElse(severity, "");
        status = Objects.requireNonNullElse(status, "");
    }
}
