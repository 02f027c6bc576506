package io.hindsight.jira.actionitem;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import io.hindsight.actionitem.ActionItemIssue;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;

/** Reads an action item's owner, due date and resolution off a Jira issue. */
final class JiraActionItemIssues {

    private JiraActionItemIssues() {
    }

    static ActionItemIssue of(Issue issue) {
        ApplicationUser assignee = issue.getAssignee();
        Timestamp due = issue.getDueDate();
        Timestamp resolved = issue.getResolutionDate();
        // Jira stores a due date as midnight in its own (the JVM's default) time zone: read the day back in that zone.
        LocalDate dueDay = due == null ? null : LocalDate.ofInstant(due.toInstant(), ZoneId.systemDefault());
        return new ActionItemIssue(issue.getKey(), assignee == null ? null : assignee.getKey(), dueDay,
                resolved == null ? null : resolved.toInstant());
    }
}
