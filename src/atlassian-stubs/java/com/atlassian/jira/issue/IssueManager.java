/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: https://docs.atlassian.com/jira/7.0.6/com/atlassian/jira/issue/IssueManager.html (Jira 7.0.6): a public
 * interface whose getIssueObject(String key) returns MutableIssue, not Issue (the return type is part of the call's
 * descriptor). CONFIRMED (doc) for Jira 7.0.6 and by real plugin code (reference atlassian-api.md section 2.3);
 * Jira 11.3: UNCONFIRMED, no Jira 10/11 Javadoc was found by the docs search.
 */
package com.atlassian.jira.issue;

public interface IssueManager {

    /** The issue with this key, or null when there is none. */
    MutableIssue getIssueObject(String key);
}
