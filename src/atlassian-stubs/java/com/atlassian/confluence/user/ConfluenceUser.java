/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors: https://docs.atlassian.com/ConfluenceServer/javadoc/10.1.0/com/atlassian/confluence/security/delegate/UserPermissionsDelegate.html
 * (Confluence 10.1.0), where ConfluenceUser is the user type permission checks take: a public interface. Hindsight
 * only passes it on. CONFIRMED (doc, as a parameter type).
 */
package com.atlassian.confluence.user;

public interface ConfluenceUser {
}
