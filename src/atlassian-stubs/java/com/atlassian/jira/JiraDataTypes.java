/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: com.atlassian.jira.JiraDataTypes, whose public static final JiraDataType ISSUE is what issue-returning JQL
 * functions answer from getDataType(). Read from the host at run time. UNCONFIRMED by the docs search.
 */
package com.atlassian.jira;

public final class JiraDataTypes {

    public static final JiraDataType ISSUE = new JiraDataType() {
    };

    private JiraDataTypes() {
    }
}
