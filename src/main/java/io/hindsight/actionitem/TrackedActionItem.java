package io.hindsight.actionitem;

import java.time.Instant;
import java.util.Objects;

/**
 * What Hindsight mirrors of one action-item issue for the metrics: whose it is, when it is due, and when it was
 * opened and closed. The host issue stays the record; this is a queryable copy.
 *
 * @param projectKey the incident's project: visibility is decided on it, like for the incident itself
 * @param dueAt      {@code null} when the issue has no due date
 * @param closedAt   {@code null} while the issue is open (no resolution)
 */
public record TrackedActionItem(String issueKey, long incidentId, String incidentKey, String projectKey,
        String ownerKey, Instant dueAt, String priority, ActionItemKind kind, Instant createdAt, Instant closedAt) {

    public TrackedActionItem {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(incidentKey, "incidentKey");
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(createdAt, "createdAt");
        if (closedAt != null && closedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException(issueKey + " closed before it was created");
        }
    }

    public boolean isOpen() {
        return closedAt == null;
    }
}
