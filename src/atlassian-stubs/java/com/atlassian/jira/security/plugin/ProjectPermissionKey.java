/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Javadoc: https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/jira/permission/GHProjectPermissions.html
 * (Jira Software 11.1 milestone) types its constants as com.atlassian.jira.security.plugin.ProjectPermissionKey: the FQN
 * is CONFIRMED (doc) on the Jira 11 line; the class page itself was not found.
 * Mirrors: the ProjectPermissions page below, which types its constants as ProjectPermissionKey, and Jira's own
 * source in public code (Jira 6.3 era): a public final class in com.atlassian.jira.security.plugin with a public
 * constructor taking the key string. CONFIRMED (code); no Javadoc page for it was found; Jira 11.3: UNCONFIRMED.
 * Hindsight never constructs one: the constructor is here for the stand-in ProjectPermissions only.
 */
package com.atlassian.jira.security.plugin;

import java.util.Objects;

public final class ProjectPermissionKey {

    private final String permissionKey;

    public ProjectPermissionKey(String permissionKey) {
        this.permissionKey = Objects.requireNonNull(permissionKey, "permissionKey");
    }

    @Override
    public String toString() {
        return permissionKey;
    }
}
