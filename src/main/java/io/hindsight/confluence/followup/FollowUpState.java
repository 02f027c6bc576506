package io.hindsight.confluence.followup;

/** Where a follow-up issue stands, as the macro shows it. */
public enum FollowUpState {
    /** Not done, and not past its due date (or it has none). */
    OPEN,
    /** In a status of Jira's "done" category. */
    DONE,
    /** Not done, and its due date has passed. */
    OVERDUE,
    /** Jira did not return it: deleted, or the viewer may not see it. */
    UNKNOWN
}
