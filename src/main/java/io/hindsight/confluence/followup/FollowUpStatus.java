package io.hindsight.confluence.followup;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One follow-up issue's live status: its key, its Jira status name (empty when unknown), where it stands and its due
 * date, if any. Serializable because it is kept in the host's cache, which may copy it between cluster nodes.
 */
public record FollowUpStatus(String issueKey, String statusName, FollowUpState state, LocalDate due)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public FollowUpStatus {
        Objects.requireNonNull(issueKey, "issueKey");
        statusName = statusName == null ? "" : statusName;
        Objects.requireNonNull(state, "state");
    }

    /** Open, done or overdue on {@code today}, from Jira's status category key and due date. */
    public static FollowUpState stateOf(String statusCategoryKey, LocalDate due, LocalDate today) {
        if ("done".equals(statusCategoryKey)) {
            return FollowUpState.DONE;
        }
        return due != null && due.isBefore(today) ? FollowUpState.OVERDUE : FollowUpState.OPEN;
    }
}
