package io.hindsight.postmortem;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** An action item's priority, named as Jira's default priorities are. */
public enum ActionItemPriority {
    HIGHEST,
    HIGH,
    MEDIUM,
    LOW,
    LOWEST;

    /** The word on the page: {@code Highest}. */
    public String title() {
        String name = name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The priority whose title this is, ignoring case and surrounding space. */
    public static Optional<ActionItemPriority> fromTitle(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalized = text.strip();
        return Arrays.stream(values()).filter(priority -> priority.title().equalsIgnoreCase(normalized)).findFirst();
    }
}
