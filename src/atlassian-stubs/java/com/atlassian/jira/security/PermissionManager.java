/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: https://docs.atlassian.com/jira/latest/com/atlassian/jira/security/PermissionManager.html (Jira 7.x): a
 * public interface; hasPermission(ProjectPermissionKey, Issue, ApplicationUser) returns boolean and, given an issue,
 * applies the permission scheme and the issue's security level. The issue overload is CONFIRMED (code) in a Jira 11
 * plugin (reference atlassian-api.md section 2.3); the interface page is CONFIRMED (doc) for Jira 7.x. Jira 11.3:
 * UNCONFIRMED by Javadoc.
 */
package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

public interface PermissionManager {

    /** Whether the user (null for anonymous) holds the permission on this issue, security level included. */
    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);

    /** The project overload, for rights before an issue exists (Create Issues); UNCONFIRMED (reference section 2.3). */
    boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user);

    /**
     * The projects the user holds the permission in (null user: anonymous). Listed on
     * https://docs.atlassian.com/jira/latest/com/atlassian/jira/security/PermissionManager.html as
     * {@code Collection<Project> getProjects(ProjectPermissionKey, ApplicationUser)}: CONFIRMED (doc, Jira 7.x).
     */
    java.util.Collection<Project> getProjects(ProjectPermissionKey permissionKey, ApplicationUser user);
}
