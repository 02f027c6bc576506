package io.hindsight.ingest;

import io.hindsight.incident.IncidentRef;
import io.hindsight.incident.Severity;

/**
 * Port: what ingestion needs from the incident lifecycle: to declare an incident for an alert that no open
 * incident covers, and to know whether an incident is still open. The incident feature implements it.
 *
 * <p>An incident a routing rule declares is created on behalf of the administrator who configured the source
 * ({@link IngestSource#createdBy()}): the webhook authenticated the sender, not a person, and the host needs a user
 * to create its record as. That admin chose the rule and its projects, so the incident is theirs to answer for; in
 * Jira the issue is created as them, with their create permission checked, and they are its first commander.
 */
public interface IncidentDeclarer {

    /**
     * Declares a new incident in {@code projectKey}, with its own "declared" timeline entry.
     *
     * @param reason            one line on why, e.g. which source and rule declared it for which alert
     * @param onBehalfOfUserKey the user the incident is created as: the admin who configured the source
     */
    IncidentRef declare(String projectKey, Severity severity, String summary, String reason,
            String onBehalfOfUserKey);

    /** Whether people are still working on it (not yet resolved, closed or cancelled). */
    boolean isOpen(IncidentRef incident);
}
