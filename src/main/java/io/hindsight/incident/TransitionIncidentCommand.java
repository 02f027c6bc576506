package io.hindsight.incident;

import io.hindsight.platform.InvalidInputException;

/** A request to move an incident through its lifecycle, with why; validates itself. */
public record TransitionIncidentCommand(IncidentTransition transition, String reason) {

    public TransitionIncidentCommand {
        if (transition == null) {
            throw new InvalidInputException("transition", "The transition is required.");
        }
        reason = Reasons.required("reason", reason);
    }
}
