package io.hindsight.incident;

import io.hindsight.platform.InvalidInputException;
import java.time.Duration;
import java.util.List;

/**
 * How one deadline clock behaves on this site: how long before the deadline it counts as due soon, and whom to
 * notify of a breach besides the incident commander (an executive sponsor, the data-protection officer).
 */
public record ClockSettings(Duration dueSoon, List<String> alsoNotify) {

    public static final Duration MAX_DUE_SOON = Duration.ofDays(30);
    public static final int MAX_RECIPIENTS = 20;

    public ClockSettings {
        if (dueSoon == null || dueSoon.isNegative() || dueSoon.compareTo(MAX_DUE_SOON) > 0) {
            throw new InvalidInputException("dueSoon", "The due-soon window is 0 to " + MAX_DUE_SOON.toDays() + " days.");
        }
        alsoNotify = alsoNotify == null ? List.of() : alsoNotify.stream().distinct().toList();
        if (alsoNotify.size() > MAX_RECIPIENTS) {
            throw new InvalidInputException("alsoNotify", "Notify at most " + MAX_RECIPIENTS + " people besides the commander.");
        }
        alsoNotify.forEach(userKey -> UserKeys.check("alsoNotify", userKey));
    }
}
