/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors the return type of UserManager.getUserProfile(UserKey) on
 * https://docs.atlassian.com/atlassian-crowd/6.2.2/com/atlassian/sal/crowd/user/DefaultUserManager.html (Crowd 6.2.2):
 * the public interface com.atlassian.sal.api.user.UserProfile. Hindsight calls String getUsername() (the name a user
 * signs in with, which Jira and Confluence share when they share a user directory): UNCONFIRMED on a Javadoc page.
 */
package com.atlassian.sal.api.user;

public interface UserProfile {

    String getUsername();
}
