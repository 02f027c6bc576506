package io.hindsight.standalone;

import io.hindsight.incident.IncidentCreator;
import io.hindsight.incident.IncidentRef;
import io.hindsight.incident.NewIncident;
import io.hindsight.platform.ForbiddenException;
import io.hindsight.platform.NotFoundException;
import io.hindsight.standalone.incidents.StandaloneIncidentDirectory;
import io.hindsight.standalone.users.LocalUser;
import io.hindsight.standalone.users.LocalUsers;
import java.util.Optional;

/**
 * Creates incidents in the embedded host's directory, standing in for Jira's create-issue permission: the projects are
 * those the users file names, a user who may edit a project may create incidents in it, and admins anywhere.
 */
final class StandaloneIncidentCreator implements IncidentCreator {

    private final StandaloneIncidentDirectory directory;
    private final LocalUsers users;

    StandaloneIncidentCreator(StandaloneIncidentDirectory directory, LocalUsers users) {
        this.directory = directory;
        this.users = users;
    }

    @Override
    public IncidentRef create(String creatorKey, NewIncident incident) {
        String project = incident.projectKey();
        Optional<LocalUser> creator = users.byKey(creatorKey);
        boolean exists = users.all().stream().anyMatch(user -> user.projects().containsKey(project));
        if (!exists || creator.isEmpty() || !creator.get().canView(project)) {
            throw new NotFoundException("No project " + project + " exists, or you may not see it.");
        }
        if (!creator.get().canEdit(project)) {
            throw new ForbiddenException("You may view " + project + " but not declare incidents in it.");
        }
        return directory.create(project, incident.summary());
    }
}
