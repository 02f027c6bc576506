package io.hindsight.incident;

import java.time.Instant;

/** A deadline and where it stands now; {@code dueSoonFrom} is when it turns due soon under the site's policy. */
public record DeadlineView(Deadline deadline, DeadlineStatus status, Instant dueSoonFrom) {

    static DeadlineView of(Deadline deadline, ClockSettings settings, Instant now) {
        return new DeadlineView(deadline, deadline.statusAt(now, settings.dueSoon()),
                deadline.dueAt().minus(settings.dueSoon()));
    }
}
