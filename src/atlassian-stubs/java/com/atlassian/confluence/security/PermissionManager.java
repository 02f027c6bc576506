/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors: https://docs.atlassian.com/ConfluenceServer/javadoc/9.4.0/com/atlassian/confluence/security/PermissionManager.html
 * (Confluence 9.4.0): a public interface; from 8.9 on its abstract methods take ConfluenceUser and the
 * com.atlassian.user.User overloads are deprecated defaults (shown there for getPermittedEntities). Hindsight calls
 * boolean hasPermission(ConfluenceUser user, Permission permission, Object target) and boolean
 * hasCreatePermission(ConfluenceUser user, Object container, Class typeToCreate), whose meaning is documented at
 * https://developer.atlassian.com/server/confluence/how-do-i-tell-if-a-user-has-permission-to/ (a null user is the
 * anonymous user). The ConfluenceUser overloads of these two methods: UNCONFIRMED by name on the 9.4/10.2 pages.
 */
package com.atlassian.confluence.security;

import com.atlassian.confluence.user.ConfluenceUser;

public interface PermissionManager {

    boolean hasPermission(ConfluenceUser user, Permission permission, Object target);

    boolean hasCreatePermission(ConfluenceUser user, Object container, Class<?> typeToCreate);
}
