/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/issue/CustomFieldManager.html (Jira 7.2.0), where
 * it is a parameter of createCustomField: an interface in com.atlassian.jira.issue.customfields, generic in the real
 * API (type parameters erase away, so the descriptor is the same). Hindsight only passes it along. CONFIRMED (doc);
 * Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.jira.issue.customfields;

public interface CustomFieldType<T, S> {
}
