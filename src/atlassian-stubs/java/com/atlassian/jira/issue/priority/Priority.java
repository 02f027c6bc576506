/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: https://docs.atlassian.com/jira/7.6.0-EAP01/com/atlassian/jira/config/PriorityManager.html, whose methods
 * return com.atlassian.jira.issue.priority.Priority, an issue constant: String getId() and String getName() come from
 * IssueConstant (declared here directly; an interface call resolves through the superinterfaces). CONFIRMED (doc) for
 * the type; its members by IssueConstant, as for IssueType. Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.jira.issue.priority;

public interface Priority {

    String getId();

    String getName();
}
