package io.hindsight.actionitem;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A follow-up issue to create: project, type, summary, description, assignee (the user name Jira knows them by),
 * due date, priority name and labels, one of which is the item's idempotency marker.
 */
public record NewFollowUp(String projectKey, String issueTypeName, String summary, String description,
                          String assigneeName, LocalDate due, String priorityName, List<String> labels) {

    public NewFollowUp {
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(issueTypeName, "issueTypeName");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(assigneeName, "assigneeName");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(priorityName, "priorityName");
        labels = List.copyOf(labels);
    }
}
