package io.hindsight.actionitem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An action-item issue as the host shows it now: whose it is, when it is due and when it was resolved. What the
 * listener and the repair read from the host to bring the {@link ActionItemMirror} up to date.
 *
 * @param ownerKey   null when unassigned
 * @param due        null without a due date
 * @param resolvedAt null while unresolved (reopening clears it)
 */
public record ActionItemIssue(String issueKey, String ownerKey, LocalDate due, Instant resolvedAt) {

    public ActionItemIssue {
        Objects.requireNonNull(issueKey, "issueKey");
    }
}
