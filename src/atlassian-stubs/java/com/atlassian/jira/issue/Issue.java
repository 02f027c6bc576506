/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html (Jira 7.x, the newest Jira
 * Javadoc the docs search holds): a public interface extending OfBizValueWrapper, IssueContext, WithId and WithKey.
 * Long getId() comes from WithId, String getKey() from WithKey, Project getProjectObject() and IssueType
 * getIssueType() from IssueContext (IssueType since Jira 7; before that getIssueType() returned a GenericValue), and
 * String getSummary() is Issue's own. Declaring inherited members here links the same way: the JVM resolves an
 * interface method through the superinterfaces. Also Issue's own: Status getStatus(), Timestamp getCreated() and
 * Object getCustomFieldValue(CustomField) (Option for a select, ApplicationUser for a user picker, Timestamp for a
 * date-time field; CONFIRMED code in workflow validators and a jakarta Jira 11 plugin). CONFIRMED (doc) for Jira 7.x
 * and by plugin code (reference atlassian-api.md section 2.3); Jira 11.3: UNCONFIRMED.
 * For action items, also from the same page: ApplicationUser getAssignee() and Timestamp getDueDate() (CONFIRMED doc,
 * Jira 7.x and 6.2.1), and Timestamp getResolutionDate() (on the page in Jira's source; the docs search's excerpt was
 * cut before it, so UNCONFIRMED by that search).
 */
package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import java.sql.Timestamp;

public interface Issue {

    Long getId();

    String getKey();

    String getSummary();

    Project getProjectObject();

    IssueType getIssueType();

    Status getStatus();

    Timestamp getCreated();

    /** Null when unassigned. */
    com.atlassian.jira.user.ApplicationUser getAssignee();

    /** Null without a due date; a date at midnight in Jira's time zone. */
    Timestamp getDueDate();

    /** Null while unresolved. */
    Timestamp getResolutionDate();

    /** The field's value on this issue, typed by the field (null when unset). */
    Object getCustomFieldValue(CustomField customField);
}
