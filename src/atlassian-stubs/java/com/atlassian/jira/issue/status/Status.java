/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: https://docs.atlassian.com/jira/6.3.3/com/atlassian/jira/issue/issuetype/IssueType.html, whose
 * IssueConstant superinterface declares String getId() and String getName(); Status is the IssueConstant for
 * workflow statuses (an interface in com.atlassian.jira.issue.status; Jira's StatusManager source returns it).
 * CONFIRMED (doc, IssueConstant) and (code, Status); Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.jira.issue.status;

public interface Status {

    String getId();

    String getName();
}
