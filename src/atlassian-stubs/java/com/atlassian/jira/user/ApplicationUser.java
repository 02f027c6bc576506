/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: https://docs.atlassian.com/jira/7.0.0/com/atlassian/jira/user/ApplicationUser.html (Jira 7.0.0): a public
 * interface (extends Principal, WithId, WithKey). Hindsight only passes it from UserManager to PermissionManager, so
 * no member is declared. CONFIRMED (doc) for Jira 7.0.0; Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.jira.user;

public interface ApplicationUser {
}
