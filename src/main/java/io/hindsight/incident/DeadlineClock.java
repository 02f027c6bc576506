package io.hindsight.incident;

import io.hindsight.platform.InvalidInputException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/** The obligations with a deadline that an incident can carry. Stored and sent as {@link #code()}. */
public enum DeadlineClock {
    EXECUTIVE_NOTIFICATION("Executive notification"),
    POSTMORTEM("Post-mortem"),
    PERSONAL_DATA_BREACH("Personal-data breach notification");

    /** GDPR Art. 33(1): the supervisory authority is notified within 72 hours of becoming aware; law, not policy. */
    public static final Duration PERSONAL_DATA_BREACH_NOTICE = Duration.ofHours(72);

    private final String label;

    DeadlineClock(String label) {
        this.label = label;
    }

    /** The wire form, e.g. {@code executive-notification}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String label() {
        return label;
    }

    /** True for the clocks a person meets by recording it; the post-mortem clock is met by publishing. */
    public boolean isMetByHand() {
        return this != POSTMORTEM;
    }

    public static DeadlineClock fromCode(String code, String field) {
        return Arrays.stream(values()).filter(clock -> clock.code().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "A deadline clock is one of "
                        + Arrays.stream(values()).map(DeadlineClock::code).toList() + "."));
    }
}
