package io.hindsight.standalone.followups;

import io.hindsight.actionitem.ActionItemTracker;
import io.hindsight.actionitem.NewFollowUp;
import io.hindsight.standalone.users.LocalUser;
import io.hindsight.standalone.users.LocalUsers;
import java.util.Optional;

/**
 * Action items from the incident panel, filed in the embedded host's issue directory like post-mortem follow-ups.
 * Its follow-up project is shared by everyone: any local user may own an issue there, as an unrestricted Jira
 * project's Assignable User permission would allow; an unknown user key may not.
 */
public final class StandaloneActionItemTracker implements ActionItemTracker {

    private final StandaloneFollowUpTracker issues;
    private final LocalUsers users;

    public StandaloneActionItemTracker(StandaloneFollowUpTracker issues, LocalUsers users) {
        this.issues = issues;
        this.users = users;
    }

    @Override
    public Optional<String> assignableName(String projectKey, String ownerKey) {
        return users.byKey(ownerKey).map(LocalUser::username);
    }

    @Override
    public String create(NewFollowUp followUp) {
        return issues.create(followUp);
    }

    @Override
    public void linkToIncident(String issueKey, String incidentKey, String linkTypeName) {
        issues.linkToIncident(issueKey, incidentKey, linkTypeName);
    }
}
