package io.hindsight.postmortem;

import java.util.Arrays;

/**
 * The incident's severity as the post-mortem shows it. Local to this package until the incident domain has its
 * own severity type; the composer needs only the code.
 */
public enum PostmortemSeverity {
    SEV_1,
    SEV_2,
    SEV_3,
    SEV_4;

    /** The form people use: {@code SEV-1}. */
    public String code() {
        return name().replace('_', '-');
    }

    public static PostmortemSeverity fromCode(String code) {
        return Arrays.stream(values())
                .filter(severity -> severity.code().equalsIgnoreCase(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown severity: " + code));
    }
}
