package io.hindsight.metrics;

import java.time.Instant;

/** One action item as the lists show it; {@code overdue} when open and past its due instant. */
public record ActionItemLine(String issueKey, String incidentKey, String ownerKey, Instant dueAt, String priority,
        String type, Instant createdAt, Instant closedAt, boolean overdue) {
}
