package io.hindsight.postmortem.workflow;

import io.hindsight.postmortem.PostmortemInput;
import io.hindsight.postmortem.PostmortemStatus;

/**
 * Port: the incident side of a post-mortem, read and written as the current user (in Confluence, Jira through the
 * application link; in Jira or the embedded host, the incident services in the same process).
 */
public interface IncidentPostmortems {

    /**
     * Everything the page is generated from.
     *
     * @throws io.hindsight.platform.NotFoundException when the incident does not exist or the user may not see it
     */
    PostmortemInput source(String incidentKey);

    /**
     * Throws unless the current user may see the incident.
     *
     * @throws io.hindsight.platform.NotFoundException when the incident does not exist or the user may not see it
     */
    void requireVisible(String incidentKey);

    /**
     * Records on the incident where its post-mortem is and how far its review got; publishing lets a SEV-1 or SEV-2
     * incident close.
     *
     * @throws io.hindsight.platform.ForbiddenException when the user may see but not change the incident
     * @throws io.hindsight.platform.ConflictException when the incident can no longer take it (cancelled, closed)
     */
    void recordStatus(String incidentKey, String pageUrl, PostmortemStatus status);
}
