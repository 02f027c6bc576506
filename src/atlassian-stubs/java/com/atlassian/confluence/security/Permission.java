/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors: https://docs.atlassian.com/atlassian-confluence/2.5/index-files/index-5.html ("EDIT - Static variable in
 * class com.atlassian.confluence.security.Permission") and the VIEW constant used with PermissionManager in
 * Confluence 9 plugins (a decompiled copy-space plugin). CONFIRMED (doc for EDIT, code for VIEW); that the constants
 * are still public static fields of this class in Confluence 10.2: UNCONFIRMED.
 */
package com.atlassian.confluence.security;

public class Permission {

    public static final Permission VIEW = new Permission();
    public static final Permission EDIT = new Permission();

    protected Permission() {
    }
}
