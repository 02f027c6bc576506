package io.hindsight.incident;

import io.hindsight.platform.InvalidInputException;
import java.util.Arrays;

/**
 * The four severity levels. Admins edit what each level means and requires (the policy), never the levels.
 * Stored and sent as {@link #code()}.
 */
public enum Severity {
    SEV_1("SEV-1", "Critical"),
    SEV_2("SEV-2", "Major"),
    SEV_3("SEV-3", "Minor"),
    SEV_4("SEV-4", "Cosmetic");

    private final String code;
    private final String label;

    Severity(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** True when this level is more severe than {@code other} (SEV-1 is higher than SEV-2). */
    public boolean isHigherThan(Severity other) {
        return ordinal() < other.ordinal();
    }

    public static Severity fromCode(String code, String field) {
        return Arrays.stream(values()).filter(severity -> severity.code.equals(code)).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "A severity is one of SEV-1, SEV-2, SEV-3, SEV-4."));
    }
}
