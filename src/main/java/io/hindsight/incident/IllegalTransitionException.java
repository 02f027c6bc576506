package io.hindsight.incident;

import io.hindsight.platform.ConflictException;
import java.util.List;
import java.util.stream.Collectors;

/** A transition the incident cannot take now; says why, the current status, and what it can take instead (409). */
public final class IllegalTransitionException extends ConflictException {

    private final IncidentStatus current;
    private final IncidentTransition requested;
    private final List<IncidentTransition> allowed;

    public IllegalTransitionException(String incidentKey, IncidentStatus current, IncidentTransition requested,
            String why, List<IncidentTransition> allowed) {
        super("illegal_transition", "Cannot " + requested.code() + " " + incidentKey + ": " + why
                + " Current status: " + current.label() + ". Allowed now: " + describe(allowed) + ".");
        this.current = current;
        this.requested = requested;
        this.allowed = List.copyOf(allowed);
    }

    public IncidentStatus current() {
        return current;
    }

    public IncidentTransition requested() {
        return requested;
    }

    public List<IncidentTransition> allowed() {
        return allowed;
    }

    private static String describe(List<IncidentTransition> allowed) {
        return allowed.isEmpty() ? "none"
                : allowed.stream().map(IncidentTransition::code).collect(Collectors.joining(", "));
    }
}
