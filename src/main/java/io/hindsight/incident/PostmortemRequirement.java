package io.hindsight.incident;

import io.hindsight.platform.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;

/** Whether a severity level calls for a post-mortem. Stored and sent as {@link #code()}. */
public enum PostmortemRequirement {
    /** A published post-mortem is due by a deadline, and closing waits for it. */
    REQUIRED,
    /** A light review if the team wants one; no deadline, no condition on closing. */
    OPTIONAL,
    NONE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PostmortemRequirement fromCode(String code, String field) {
        return Arrays.stream(values()).filter(value -> value.code().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "A post-mortem requirement is required, optional or none."));
    }
}
