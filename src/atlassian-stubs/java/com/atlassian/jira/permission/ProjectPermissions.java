/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/ProjectPermissions.html (Jira 7.x):
 * "public class ProjectPermissions" (a class, not final, not an interface) whose BROWSE_PROJECTS and EDIT_ISSUES are
 * public static final ProjectPermissionKey objects. Objects, not compile-time constants: the plugin reads the host's
 * values at run time, so the values below never reach the host. CONFIRMED (doc) for Jira 7.x; Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

public class ProjectPermissions {

    public static final ProjectPermissionKey BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS");

    public static final ProjectPermissionKey EDIT_ISSUES = new ProjectPermissionKey("EDIT_ISSUES");
    public static final ProjectPermissionKey CREATE_ISSUES = new ProjectPermissionKey("CREATE_ISSUES");
    /** Listed on the same page: who may be assigned issues in the project. */
    public static final ProjectPermissionKey ASSIGNABLE_USER = new ProjectPermissionKey("ASSIGNABLE_USER");
}
