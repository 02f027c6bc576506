package io.hindsight.incident;

import java.util.Objects;
import java.util.Set;

/**
 * What the people responsible for a missed deadline are told: the incident, the deadline, and who they are (the
 * incident commander and whoever the policy adds for that clock), as user keys.
 */
public record BreachNotice(IncidentRef incident, Severity severity, Deadline deadline, Set<String> recipientKeys) {

    public BreachNotice {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(deadline, "deadline");
        recipientKeys = Set.copyOf(recipientKeys);
    }

    public String subject() {
        return incident.key() + " (" + severity.code() + "): " + deadline.clock().label() + " deadline missed";
    }

    public String message() {
        String what = switch (deadline.clock()) {
            case EXECUTIVE_NOTIFICATION -> "Executives were to be notified";
            case POSTMORTEM -> "The post-mortem was to be published";
            case PERSONAL_DATA_BREACH -> "The supervisory authority was to be notified of the personal-data breach";
        };
        return what + " by " + deadline.dueAt() + ", and Hindsight has no record that it was. Incident: "
                + incident.key() + " " + incident.summary();
    }
}
