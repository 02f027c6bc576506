package io.hindsight.actionitem;

import java.time.Instant;
import java.util.Objects;

/**
 * Keeps the {@link ActionItemMirror} in step with the host's issues: an owner, due date or resolution that changed
 * on the issue replaces the mirrored one; a deleted issue leaves the mirror. Issues that are not mirrored are not
 * action items and are ignored, so every issue event may be passed here.
 */
public final class ActionItemSync {

    private final ActionItemMirror mirror;

    public ActionItemSync(ActionItemMirror mirror) {
        this.mirror = mirror;
    }

    /** Applies the issue as it is now; answers whether the mirror changed. */
    public boolean apply(ActionItemIssue issue) {
        return mirror.find(issue.issueKey()).map(mirrored -> {
            TrackedActionItem now = updated(mirrored, issue);
            if (now.equals(mirrored)) {
                return false;
            }
            mirror.put(now);
            return true;
        }).orElse(false);
    }

    /** Forgets a deleted issue; answers whether it was mirrored. */
    public boolean deleted(String issueKey) {
        if (mirror.find(issueKey).isEmpty()) {
            return false;
        }
        mirror.remove(issueKey);
        return true;
    }

    /** The mirrored item with the issue's owner, due instant and resolution. */
    public static TrackedActionItem updated(TrackedActionItem mirrored, ActionItemIssue issue) {
        Instant due = issue.due() == null ? null : ActionItemService.dueInstant(issue.due());
        Instant closed = issue.resolvedAt();
        // An issue resolved within the same millisecond as it was mirrored, or with a skewed host clock, still counts
        // as closed; never before it was opened.
        if (closed != null && closed.isBefore(mirrored.createdAt())) {
            closed = mirrored.createdAt();
        }
        if (Objects.equals(due, mirrored.dueAt()) && Objects.equals(issue.ownerKey(), mirrored.ownerKey())
                && Objects.equals(closed, mirrored.closedAt())) {
            return mirrored;
        }
        return new TrackedActionItem(mirrored.issueKey(), mirrored.incidentId(), mirrored.incidentKey(),
                mirrored.projectKey(), issue.ownerKey(), due, mirrored.priority(), mirrored.kind(),
                mirrored.createdAt(), closed);
    }
}
