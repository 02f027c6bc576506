package io.hindsight.timeline;

import io.hindsight.incident.IncidentAccess;
import io.hindsight.incident.IncidentRef;

/**
 * The version of an incident's timeline as an HTTP validator, so that a client polling a live incident gets a cheap
 * "not modified" while nothing changed. Checks view permission first: a validator must not reveal an incident.
 *
 * <p>Not final only so that each host can declare it as a product-filtered component by subclassing.
 */
public class TimelineVersionService {

    private final IncidentAccess access;
    private final TimelineVersions versions;

    public TimelineVersionService(IncidentAccess access, TimelineVersions versions) {
        this.access = access;
        this.versions = versions;
    }

    /** An opaque token that changes when an entry is added, hidden, pinned or unpinned; 404 as for reading. */
    public String versionOf(String incidentKey) {
        IncidentRef incident = access.forViewing(incidentKey);
        return versions.of(incident.id());
    }
}
