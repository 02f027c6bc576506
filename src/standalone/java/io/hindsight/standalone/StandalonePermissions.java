package io.hindsight.standalone;

import io.hindsight.incident.IncidentRef;
import io.hindsight.incident.Permissions;
import io.hindsight.standalone.users.LocalUsers;

/** The embedded host's stand-in for Jira's browse and edit project permissions, from the users file. */
final class StandalonePermissions implements Permissions {

    private final LocalUsers users;

    StandalonePermissions(LocalUsers users) {
        this.users = users;
    }

    @Override
    public boolean canView(String userKey, IncidentRef incident) {
        return userKey != null && users.byKey(userKey).map(user -> user.canView(incident.projectKey())).orElse(false);
    }

    @Override
    public boolean canEdit(String userKey, IncidentRef incident) {
        return userKey != null && users.byKey(userKey).map(user -> user.canEdit(incident.projectKey())).orElse(false);
    }

}
