/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/avatar/package-summary.html
 * ("Avatar: represents an icon for a project or some other entity", an interface) and
 * https://docs.atlassian.com/jira/7.1.7/com/atlassian/jira/issue/issuetype/IssueTypeImpl.html (avatar ids are Long).
 * Long getId() is CONFIRMED (code) in a Jira 11 plugin; Jira 11.3 by Javadoc: UNCONFIRMED.
 */
package com.atlassian.jira.avatar;

public interface Avatar {

    Long getId();
}
