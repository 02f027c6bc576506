package io.hindsight.ingest;

import io.hindsight.incident.IncidentRef;
import io.hindsight.incident.Severity;

/**
 * Port: what ingestion needs from the incident lifecycle: to declare an incident for an alert that no open
 * incident covers, and to know whether an incident is still open. The incident feature implements it.
 */
public interface IncidentDeclarer {

    /**
     * Declares a new incident in {@code projectKey}, with its own "declared" timeline entry.
     *
     * @param reason one line on why, e.g. which source and rule declared it for which alert
     */
    IncidentRef declare(String projectKey, Severity severity, String summary, String reason);

    /** Whether people are still working on it (not yet resolved, closed or cancelled). */
    boolean isOpen(IncidentRef incident);
}
