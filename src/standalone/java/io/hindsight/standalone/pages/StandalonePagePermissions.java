package io.hindsight.standalone.pages;

import io.hindsight.incident.IncidentDirectory;
import io.hindsight.platform.CurrentUser;
import io.hindsight.postmortem.workflow.PagePermissions;
import io.hindsight.postmortem.workflow.StoredPage;
import io.hindsight.standalone.users.LocalUser;
import io.hindsight.standalone.users.LocalUsers;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * The embedded host's stand-in for Confluence space permissions: an incident's page lives in a space named after the
 * incident's project, so whoever may see (or edit) the project may see (or edit) its post-mortems.
 */
public final class StandalonePagePermissions implements PagePermissions {

    private final IncidentDirectory incidents;
    private final LocalUsers users;
    private final CurrentUser currentUser;

    public StandalonePagePermissions(IncidentDirectory incidents, LocalUsers users, CurrentUser currentUser) {
        this.incidents = incidents;
        this.users = users;
        this.currentUser = currentUser;
    }

    @Override
    public boolean canCreateFor(String incidentKey) {
        return allowed(incidentKey, LocalUser::canEdit);
    }

    @Override
    public boolean canView(StoredPage page) {
        return allowed(page.incidentKey(), LocalUser::canView);
    }

    @Override
    public boolean canEdit(StoredPage page) {
        return allowed(page.incidentKey(), LocalUser::canEdit);
    }

    private boolean allowed(String incidentKey, BiPredicate<LocalUser, String> rule) {
        Optional<LocalUser> user = currentUser.userKey().flatMap(users::byKey);
        return user.isPresent() && incidents.findByKey(incidentKey)
                .map(incident -> rule.test(user.get(), incident.projectKey())).orElse(false);
    }
}
