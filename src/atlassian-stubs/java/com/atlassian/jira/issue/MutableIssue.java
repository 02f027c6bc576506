/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/issue/package-summary.html
 * (Jira 6.x package summary: MutableIssue is an interface, the issue facade with setters) and the Jira 7.x Issue page
 * above; it extends Issue. Hindsight only reads it, through Issue's getters. CONFIRMED (doc) up to Jira 7.x;
 * Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.jira.issue;

public interface MutableIssue extends Issue {
}
