package io.hindsight.incident;

import io.hindsight.platform.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;

/** Where a post-mortem document is in its review, as its page says. Stored and sent as {@link #code()}. */
public enum PostmortemStatus {
    DRAFT,
    IN_REVIEW,
    PUBLISHED;

    /** The wire form, e.g. {@code in-review}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static PostmortemStatus fromCode(String code, String field) {
        return Arrays.stream(values()).filter(value -> value.code().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "A post-mortem status is draft, in-review or published."));
    }
}
