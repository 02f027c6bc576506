/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: https://docs.atlassian.com/jira/7.0.0/com/atlassian/jira/user/ApplicationUser.html (Jira 7.0.0): a public
 * interface (extends Principal, WithId, WithKey) whose page lists String getKey() (the stable user key, which SAL's
 * UserKey also carries) and String getDisplayName() (never null). CONFIRMED (doc) for Jira 7.0.0; Jira 11.3:
 * UNCONFIRMED.
 */
package com.atlassian.jira.user;

public interface ApplicationUser {

    String getKey();

    String getDisplayName();

    /** The login name; what a user-picker field takes as input. CONFIRMED (code, reference section 2.3). */
    String getUsername();

    /** The address Jira mails the user at; UNCONFIRMED (reference section 2.3), used by every mail-sending plugin. */
    String getEmailAddress();
}
