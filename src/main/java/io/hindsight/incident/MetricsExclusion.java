package io.hindsight.incident;

import io.hindsight.platform.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;

/** Why an incident is left out of the metrics: it was practice or planned work, not an outage. Sent as {@link #code()}. */
public enum MetricsExclusion {
    GAME_DAY,
    MAINTENANCE;

    /** The wire and storage form, e.g. {@code game-day}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static MetricsExclusion fromCode(String code, String field) {
        return Arrays.stream(values()).filter(value -> value.code().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "An exclusion is one of "
                        + Arrays.stream(values()).map(MetricsExclusion::code).toList() + "."));
    }
}
