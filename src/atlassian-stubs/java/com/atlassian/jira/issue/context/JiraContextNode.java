/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/issue/CustomFieldManager.html (Jira 7.2.0):
 * createCustomField takes List<JiraContextNode>; an interface in com.atlassian.jira.issue.context. CONFIRMED (doc);
 * Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.jira.issue.context;

public interface JiraContextNode {
}
