package io.hindsight.incident.rest;

import io.hindsight.incident.ChangeSeverityCommand;
import io.hindsight.incident.Severity;

/** The body of a request to change an incident's severity: {@code SEV-1} to {@code SEV-4}, and why. */
public record ChangeSeverityRequest(String severity, String reason) {

    public ChangeSeverityCommand toCommand() {
        return new ChangeSeverityCommand(severity == null ? null : Severity.fromCode(severity, "severity"), reason);
    }
}
