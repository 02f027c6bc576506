package io.hindsight.incident.rest;

import io.hindsight.incident.IncidentTransition;
import io.hindsight.incident.TransitionIncidentCommand;

/** The body of a request to move an incident through its lifecycle: a transition code such as {@code mitigate}, and why. */
public record TransitionRequest(String transition, String reason) {

    public TransitionIncidentCommand toCommand() {
        return new TransitionIncidentCommand(transition == null ? null
                : IncidentTransition.fromCode(transition, "transition"), reason);
    }
}
