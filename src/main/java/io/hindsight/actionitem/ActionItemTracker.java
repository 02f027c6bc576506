package io.hindsight.actionitem;

import java.util.Optional;

/**
 * Port: the issue tracker action items added from the incident panel are filed in (Jira, as the current user; the
 * embedded host's own issue directory). Methods throw {@link FollowUpFailure} when the tracker refuses.
 */
public interface ActionItemTracker {

    /**
     * The name the tracker assigns issues to for this user key, if they may be assigned issues in the project;
     * empty for an unknown user or one the project does not let own issues.
     */
    Optional<String> assignableName(String projectKey, String ownerKey);

    /** Creates the issue and answers its key. */
    String create(NewFollowUp followUp);

    /** Links the issue to its incident with the named link type (the issue "is an action item of" the incident). */
    void linkToIncident(String issueKey, String incidentKey, String linkTypeName);
}
