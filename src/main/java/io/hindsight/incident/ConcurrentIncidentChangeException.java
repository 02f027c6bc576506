package io.hindsight.incident;

import io.hindsight.platform.ConflictException;

/** Someone else changed the incident at the same moment, and retrying did not get through (409). */
public final class ConcurrentIncidentChangeException extends ConflictException {

    public ConcurrentIncidentChangeException(String incidentKey) {
        super("concurrent_change", incidentKey + " was changed by someone else at the same moment;"
                + " load it again and repeat the change.");
    }
}
