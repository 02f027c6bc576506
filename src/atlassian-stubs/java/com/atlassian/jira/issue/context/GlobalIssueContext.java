/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Javadoc: https://docs.atlassian.com/jira/7.1.9/com/atlassian/jira/issue/context/package-summary.html (GlobalIssueContext
 * is a class, JiraContextNode an interface, in com.atlassian.jira.issue.context); getInstance's return type: code only.
 * Mirrors: Jira's own GlobalIssueContext source in public code (a @PublicApi class, since 6.1): the static factory is
 * "public static JiraContextNode getInstance()" - it returns JiraContextNode, not GlobalIssueContext, and the return
 * type is part of the call's descriptor. CONFIRMED (code); no Javadoc page found; Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.jira.issue.context;

public class GlobalIssueContext implements JiraContextNode {

    private static final GlobalIssueContext INSTANCE = new GlobalIssueContext();

    private GlobalIssueContext() {
    }

    public static JiraContextNode getInstance() {
        return INSTANCE;
    }
}
