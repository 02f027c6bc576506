package io.hindsight.postmortem;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How soon, and in what way, an action item changes things: immediate, short-term, long-term or process. */
public enum ActionItemType {
    IMMEDIATE,
    SHORT_TERM,
    LONG_TERM,
    PROCESS;

    /** The word on the page: {@code short-term}. */
    public String title() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The type whose title this is, ignoring case, and accepting a space or no separator for the dash. */
    public static Optional<ActionItemType> fromTitle(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalized = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
        return Arrays.stream(values())
                .filter(type -> type.title().replace("-", "").equals(normalized))
                .findFirst();
    }
}
