/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Javadoc: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/issue/IssueInputParameters.html (Jira 7.0.8).
 * Mirrors: a public interface whose setters return IssueInputParameters: setProjectId(Long), setIssueTypeId(String),
 * setSummary(String), setReporterId(String),
 * setDescription(String), setAssigneeId(String) (a user name), setDueDate(String) (date-picker format),
 * setPriorityId(String), setSkipScreenCheck(boolean), addCustomFieldValue(String fieldId,
 * String... values) (a select takes its option id, a user picker the user name). CONFIRMED (doc) for Jira 7.0.8 and
 * reference atlassian-api.md section 2.3; Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.jira.issue;

public interface IssueInputParameters {

    IssueInputParameters setProjectId(Long projectId);

    IssueInputParameters setIssueTypeId(String issueTypeId);

    IssueInputParameters setSummary(String summary);

    IssueInputParameters setReporterId(String reporterId);

    IssueInputParameters setDescription(String description);

    /** The assignee's user name. */
    IssueInputParameters setAssigneeId(String assigneeId);

    /** The due date in the date picker's format (DateFieldFormat.formatDatePicker), not ISO. */
    IssueInputParameters setDueDate(String dueDate);

    IssueInputParameters setPriorityId(String priorityId);

    IssueInputParameters setSkipScreenCheck(boolean skipScreenCheck);

    IssueInputParameters addCustomFieldValue(String fieldId, String... values);
}
