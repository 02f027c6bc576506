package io.hindsight.incident.rest;

import io.hindsight.incident.DeclareIncidentCommand;
import io.hindsight.incident.Severity;
import java.time.Instant;

/**
 * The body of a request to declare an incident.
 *
 * @param severity           {@code SEV-1} to {@code SEV-4}
 * @param impactStartedAt    when users were first affected, if known
 * @param commander          the commander's user key; absent makes the declarer the commander
 * @param personalDataBreach whether personal data was breached; starts the 72-hour GDPR clock now
 * @param declaredAt         for an incident recorded after the fact; absent means now
 */
public record DeclareIncidentRequest(String projectKey, String summary, String severity, Instant impactStartedAt,
        String commander, Boolean personalDataBreach, Instant declaredAt) {

    /** The validated command; a 400 naming the field when something breaks the rules. */
    public DeclareIncidentCommand toCommand() {
        return new DeclareIncidentCommand(projectKey, summary, severity == null ? null
                : Severity.fromCode(severity, "severity"), impactStartedAt, commander,
                Boolean.TRUE.equals(personalDataBreach), declaredAt);
    }
}
