package io.hindsight.standalone.followups;

import io.hindsight.actionitem.ActionItemMirror;
import io.hindsight.actionitem.TrackedActionItem;
import io.hindsight.incident.IncidentAccess;
import io.hindsight.platform.InvalidInputException;
import io.hindsight.platform.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/**
 * Closes and reopens the embedded host's follow-up issues, as a person does on Jira's issue view, and keeps the
 * metrics' copy in step as Jira's listener does. Whoever may change the incident may change its follow-ups.
 */
public final class FollowUpTransitions {

    private final StandaloneFollowUpTracker issues;
    private final IncidentAccess access;
    private final ActionItemMirror mirror;
    private final Clock clock;

    public FollowUpTransitions(StandaloneFollowUpTracker issues, IncidentAccess access, ActionItemMirror mirror,
            Clock clock) {
        this.issues = issues;
        this.access = access;
        this.mirror = mirror;
        this.clock = clock;
    }

    /**
     * Moves the issue to {@code done} or back to {@code to-do}; the same status again changes nothing. Errors: 400 for
     * another status; 404 when the issue does not exist or its incident is hidden from the caller; 403 when the
     * caller may see but not change the incident.
     */
    public FollowUpIssue move(String issueKey, String status) {
        boolean done = targetIsDone(status);
        FollowUpIssue issue = issues.find(issueKey).filter(found -> found.incidentKey() != null)
                .orElseThrow(() -> new NotFoundException("No follow-up " + issueKey + " exists, or you may not see it."));
        try {
            access.forEditing(issue.incidentKey());
        } catch (NotFoundException hidden) {
            throw new NotFoundException("No follow-up " + issueKey + " exists, or you may not see it.");
        }
        String target = done ? StandaloneFollowUpTracker.DONE : StandaloneFollowUpTracker.OPEN;
        if (target.equals(issue.status())) {
            return issue;
        }
        FollowUpIssue moved = issues.setStatus(issueKey, target);
        mirror.find(issueKey).ifPresent(item -> mirror.put(withClosedAt(item, done ? clock.instant() : null)));
        return moved;
    }

    private static boolean targetIsDone(String status) {
        String code = status == null ? "" : status.strip().toLowerCase(Locale.ROOT);
        return switch (code) {
            case "done" -> true;
            case "to-do" -> false;
            default -> throw new InvalidInputException("status", "A follow-up's status is done or to-do.");
        };
    }

    private static TrackedActionItem withClosedAt(TrackedActionItem item, Instant closedAt) {
        // A clock behind the item's creation (sample data is backdated) must not make it close before it opened.
        Instant closed = closedAt == null || closedAt.isAfter(item.createdAt()) ? closedAt : item.createdAt();
        return new TrackedActionItem(item.issueKey(), item.incidentId(), item.incidentKey(), item.projectKey(),
                item.ownerKey(), item.dueAt(), item.priority(), item.kind(), item.createdAt(), closed);
    }
}
