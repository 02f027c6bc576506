/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: https://docs.atlassian.com/jira/6.3.15/com/atlassian/jira/user/util/UserManager.html (Jira 6.3.15: a public
 * interface in com.atlassian.jira.user.util) and
 * https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/user/ApplicationUsers.html, which names
 * getUserByKey(key) on it as the way to an ApplicationUser from a user key. CONFIRMED (doc) for the interface and the
 * method's existence; the exact signature ApplicationUser getUserByKey(String) is inferred from those pages and
 * UNCONFIRMED for Jira 11.3.
 */
package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

public interface UserManager {

    /** The user with this key, or null when there is none. */
    ApplicationUser getUserByKey(String userKey);
}
