package io.hindsight.incident;

import static io.hindsight.incident.IncidentStatus.CANCELLED;
import static io.hindsight.incident.IncidentStatus.CLOSED;
import static io.hindsight.incident.IncidentStatus.DECLARED;
import static io.hindsight.incident.IncidentStatus.INVESTIGATING;
import static io.hindsight.incident.IncidentStatus.MITIGATED;
import static io.hindsight.incident.IncidentStatus.POSTMORTEM_IN_REVIEW;
import static io.hindsight.incident.IncidentStatus.RESOLVED;

import io.hindsight.platform.InvalidInputException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The incident lifecycle as a table: each transition names the statuses it leaves from and the one it reaches.
 * The Jira workflow is built from this table, so the two cannot drift apart.
 */
public enum IncidentTransition {
    START_INVESTIGATION("Start investigation", EnumSet.of(DECLARED), INVESTIGATING),
    MITIGATE("Mitigate", EnumSet.of(INVESTIGATING), MITIGATED),
    RESOLVE("Resolve", EnumSet.of(INVESTIGATING, MITIGATED), RESOLVED),
    REOPEN("Reopen", EnumSet.of(MITIGATED, RESOLVED), INVESTIGATING),
    SUBMIT_POSTMORTEM("Submit post-mortem for review", EnumSet.of(RESOLVED), POSTMORTEM_IN_REVIEW),
    CLOSE("Close", EnumSet.of(RESOLVED, POSTMORTEM_IN_REVIEW), CLOSED),
    CANCEL("Cancel (false alarm)", EnumSet.of(DECLARED, INVESTIGATING), CANCELLED);

    private final String label;
    private final Set<IncidentStatus> from;
    private final IncidentStatus to;

    IncidentTransition(String label, Set<IncidentStatus> from, IncidentStatus to) {
        this.label = label;
        this.from = EnumSet.copyOf(from);
        this.to = to;
    }

    /** The wire form, e.g. {@code start-investigation}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String label() {
        return label;
    }

    public Set<IncidentStatus> from() {
        return EnumSet.copyOf(from);
    }

    public IncidentStatus to() {
        return to;
    }

    public boolean isAllowedFrom(IncidentStatus status) {
        return from.contains(status);
    }

    /** The transitions a user may choose in {@code status}, in table order. */
    public static List<IncidentTransition> availableFrom(IncidentStatus status) {
        return Arrays.stream(values()).filter(transition -> transition.isAllowedFrom(status)).toList();
    }

    public static IncidentTransition fromCode(String code, String field) {
        return Arrays.stream(values()).filter(transition -> transition.code().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "Unknown transition '" + code + "'."));
    }
}
