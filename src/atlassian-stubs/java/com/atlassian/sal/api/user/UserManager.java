/*
 * Compile-only stand-in, never packaged: the host (Jira 11.3 / Confluence 10.2) provides the real type.
 * Mirrors: https://docs.atlassian.com/ConfluenceServer/javadoc/7.19.3/com/atlassian/sal/confluence/user/SetupUserManager.html
 * and https://docs.atlassian.com/atlassian-bamboo/10.2.0/com/atlassian/sal/bamboo/user/BambooSalUserManager.html
 * (Bamboo 10.2, a Platform 7 product): both implement this interface and list a no-argument getRemoteUserKey()
 * returning com.atlassian.sal.api.user.UserKey, null when nobody is signed in. CONFIRMED (doc) for interface-ness
 * and that member up to Platform 7; Platform 8 (Jira 11.3 / Confluence 10.2): UNCONFIRMED.
 * UserProfile getUserProfile(UserKey) (null for an unknown key) is listed for SAL's UserManager in the reference
 * (atlassian-api.md section 2.2, CONFIRMED doc on Crowd 6.2's DefaultUserManager); Platform 8: UNCONFIRMED.
 * Only the no-argument form is declared: the overloads taking a servlet request change descriptor between javax and
 * jakarta.
 */
package com.atlassian.sal.api.user;

public interface UserManager {

    /** The signed-in user's key, or null for an anonymous request. */
    UserKey getRemoteUserKey();

    /** The user's profile, or null when the key names nobody. */
    UserProfile getUserProfile(UserKey userKey);
}
