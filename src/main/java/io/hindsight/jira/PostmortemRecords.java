package io.hindsight.jira;

import io.hindsight.incident.IncidentRef;

/**
 * Port: whether an incident's post-mortem has been published. The Close validator asks it; the post-mortem feature's
 * store answers it (no implementation in the Jira adapters: the domain provides one).
 */
public interface PostmortemRecords {

    boolean isPublished(IncidentRef incident);
}
