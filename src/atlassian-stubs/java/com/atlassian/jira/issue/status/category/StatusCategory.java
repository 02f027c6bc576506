/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: https://docs.atlassian.com/jira/latest/com/atlassian/jira/config/DefaultStatusCategoryManager.html
 * (Jira 7.x), which returns it, and Jira's source (a @PublicApi interface since 6.1). Hindsight only passes it from
 * StatusCategoryManager to StatusManager, so no member is declared. CONFIRMED (doc); Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.jira.issue.status.category;

public interface StatusCategory {
}
