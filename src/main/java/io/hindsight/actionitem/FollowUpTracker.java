package io.hindsight.actionitem;

import java.util.Optional;

/**
 * Port: the issue tracker follow-ups are created in (Jira, reached as the current user). Every method throws
 * {@link FollowUpFailure} when the call does not succeed.
 */
public interface FollowUpTracker {

    /** The key of the issue carrying this marker label, if an earlier run created one. */
    Optional<String> findByMarker(String markerLabel);

    /** Creates the issue and returns its key. */
    String create(NewFollowUp followUp);

    /** Links the follow-up to its incident with the named issue link type. */
    void linkToIncident(String issueKey, String incidentKey, String linkTypeName);

    /** Adds (or, for the same global id, updates) the remote link from the issue back to the page. */
    void linkToPage(String issueKey, PageLink page);
}
