/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: https://docs.atlassian.com/jira/7.1.7/com/atlassian/jira/issue/issuetype/IssueType.html (Jira 7.1.7): a
 * public interface in com.atlassian.jira.issue.issuetype extending IssueConstant, which declares String getId() and
 * String getName().
 * CONFIRMED (doc) for Jira 7.1.7; Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.jira.issue.issuetype;

public interface IssueType {

    /** The issue type's id, a number in a String (issue types are IssueConstants). */
    String getId();

    /** The issue type's name, as configured by the Jira administrator (not translated). */
    String getName();
}
