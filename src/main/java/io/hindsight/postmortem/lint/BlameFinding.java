package io.hindsight.postmortem.lint;

import java.util.Objects;

/**
 * Blame in disguise found in a text: where it is ({@code start} inclusive, {@code end} exclusive, as offsets into the
 * checked text), the words, why they read as blame, and a systemic way to say it instead.
 */
public record BlameFinding(int start, int end, String excerpt, String rule, String reason, String suggestion) {

    public BlameFinding {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("A finding spans start <= end, both at least 0.");
        }
        Objects.requireNonNull(excerpt, "excerpt");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(suggestion, "suggestion");
    }
}
