package io.hindsight.incident;

import io.hindsight.platform.InvalidInputException;

/** A request to change an incident's severity, with why; validates itself. */
public record ChangeSeverityCommand(Severity severity, String reason) {

    public ChangeSeverityCommand {
        if (severity == null) {
            throw new InvalidInputException("severity", "The severity is required.");
        }
        reason = Reasons.required("reason", reason);
    }
}
