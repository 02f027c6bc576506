package io.hindsight.incident;

import io.hindsight.platform.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;

/** Where an incident is in its lifecycle. Stored and sent as {@link #code()}; constants are never renamed. */
public enum IncidentStatus {
    DECLARED("Declared"),
    INVESTIGATING("Investigating"),
    MITIGATED("Mitigated"),
    RESOLVED("Resolved"),
    POSTMORTEM_IN_REVIEW("Post-mortem in review"),
    CLOSED("Closed"),
    CANCELLED("Cancelled");

    private final String label;

    IncidentStatus(String label) {
        this.label = label;
    }

    /** The wire form, e.g. {@code postmortem-in-review}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The name users see, and the Jira status name of the Hindsight workflow. */
    public String label() {
        return label;
    }

    /** True while people are still working to stop the impact. */
    public boolean isOpen() {
        return this == DECLARED || this == INVESTIGATING || this == MITIGATED;
    }

    public boolean isTerminal() {
        return this == CLOSED || this == CANCELLED;
    }

    public static IncidentStatus fromCode(String code, String field) {
        return Arrays.stream(values()).filter(status -> status.code().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "Unknown status '" + code + "'."));
    }
}
