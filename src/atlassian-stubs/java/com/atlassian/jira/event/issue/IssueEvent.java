/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: https://docs.atlassian.com/jira/server/com/atlassian/jira/event/issue/IssueEvent.html (Jira 7.x): "public
 * final class IssueEvent extends AbstractEvent", built from the issue, the user, a comment, a worklog and the change
 * group GenericValue; getChangeLog() may be null (a comment-only edit). getIssue() and getEventTypeId() (a Long) are
 * CONFIRMED (code) in a jakarta Jira 11 plugin's listener; getUser(), getComment() and getChangeLog() follow that
 * page's constructor and text: CONFIRMED (doc) for Jira 7.x, exact return types on Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.user.ApplicationUser;
import org.ofbiz.core.entity.GenericValue;

public final class IssueEvent {

    public Issue getIssue() {
        throw new UnsupportedOperationException("stand-in");
    }

    public Long getEventTypeId() {
        throw new UnsupportedOperationException("stand-in");
    }

    /** Who caused the event; null for anonymous or system changes. */
    public ApplicationUser getUser() {
        throw new UnsupportedOperationException("stand-in");
    }

    /** The comment added with this event, or null. */
    public Comment getComment() {
        throw new UnsupportedOperationException("stand-in");
    }

    /** The change group row written with this event, or null when no field changed. */
    public GenericValue getChangeLog() {
        throw new UnsupportedOperationException("stand-in");
    }
}
