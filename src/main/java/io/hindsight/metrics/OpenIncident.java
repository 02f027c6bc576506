package io.hindsight.metrics;

import java.time.Instant;

/** An incident on the incidents page: open ones by severity, and those whose post-mortem is due. */
public record OpenIncident(String issueKey, String projectKey, String summary, String severity, String status,
        Instant declaredAt, Instant postmortemDueAt) {
}
