package io.hindsight.standalone.users;

import java.util.Map;

/**
 * A user of the embedded host: a stable key (what Hindsight stores), a sign-in name, and per-project access
 * standing in for Jira's browse and edit permissions.
 */
public record LocalUser(String key, String username, String displayName, boolean admin,
        Map<String, ProjectAccess> projects) {

    public enum ProjectAccess { VIEW, EDIT }

    public LocalUser {
        projects = Map.copyOf(projects);
    }

    public boolean canView(String projectKey) {
        return admin || projects.containsKey(projectKey);
    }

    public boolean canEdit(String projectKey) {
        return admin || projects.get(projectKey) == ProjectAccess.EDIT;
    }
}
