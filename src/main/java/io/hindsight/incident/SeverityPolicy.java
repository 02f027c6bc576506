package io.hindsight.incident;

import io.hindsight.platform.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What one severity level requires: how soon executives must hear of it, and whether a post-mortem is required
 * and by when. Admins edit these values; the levels themselves are fixed.
 *
 * @param executiveNotification how long after the incident reaches this level executives must be notified;
 *                              {@code null} when this level does not notify executives
 * @param postmortemDue         when a required post-mortem is due; present exactly when it is required
 */
public record SeverityPolicy(Duration executiveNotification, PostmortemRequirement postmortem,
        PostmortemDue postmortemDue) {

    public static final Duration MAX_EXECUTIVE_NOTIFICATION = Duration.ofDays(7);

    public SeverityPolicy {
        if (executiveNotification != null && (executiveNotification.isNegative() || executiveNotification.isZero()
                || executiveNotification.compareTo(MAX_EXECUTIVE_NOTIFICATION) > 0)) {
            throw new InvalidInputException("executiveNotification",
                    "Executives are notified more than 0 and at most 7 days after the incident reaches the level.");
        }
        Objects.requireNonNull(postmortem, "postmortem");
        if (postmortem == PostmortemRequirement.REQUIRED && postmortemDue == null) {
            throw new InvalidInputException("postmortemDue", "A required post-mortem needs a deadline.");
        }
        if (postmortem != PostmortemRequirement.REQUIRED && postmortemDue != null) {
            throw new InvalidInputException("postmortemDue", "Only a required post-mortem has a deadline.");
        }
    }

    public Optional<Duration> executiveNotificationWithin() {
        return Optional.ofNullable(executiveNotification);
    }

    public boolean requiresPostmortem() {
        return postmortem == PostmortemRequirement.REQUIRED;
    }

    /** The post-mortem's due instant for an incident resolved at {@code resolvedAt}, when one is required. */
    public Optional<Instant> postmortemDueAfter(Instant resolvedAt, BusinessCalendar calendar) {
        return postmortemDue == null ? Optional.empty() : Optional.of(postmortemDue.dueAfter(resolvedAt, calendar));
    }
}
