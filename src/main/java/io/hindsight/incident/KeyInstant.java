package io.hindsight.incident;

import io.hindsight.platform.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;

/** The moments of an incident that the metrics measure between (MTTD, MTTA, MTTR). Sent as {@link #code()}. */
public enum KeyInstant {
    IMPACT_STARTED("Impact started"),
    DETECTED("Detected"),
    ACKNOWLEDGED("Acknowledged"),
    MITIGATED("Mitigated"),
    RESOLVED("Resolved");

    private final String label;

    KeyInstant(String label) {
        this.label = label;
    }

    /** The wire form, e.g. {@code impact-started}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String label() {
        return label;
    }

    /** True for the instants the lifecycle sets (mitigate, resolve); the others come from the timeline. */
    public boolean isSetByLifecycle() {
        return this == MITIGATED || this == RESOLVED;
    }

    public static KeyInstant fromCode(String code, String field) {
        return Arrays.stream(values()).filter(instant -> instant.code().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "A key instant is one of "
                        + Arrays.stream(values()).map(KeyInstant::code).toList() + "."));
    }
}
