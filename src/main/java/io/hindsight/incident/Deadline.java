package io.hindsight.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One running or finished deadline of an incident: which clock, when it started, when it is due, and when it was met.
 *
 * @param metAt when the obligation was fulfilled; {@code null} while it is not
 */
public record Deadline(DeadlineClock clock, Instant startedAt, Instant dueAt, Instant metAt) {

    public Deadline {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(dueAt, "dueAt");
        if (dueAt.isBefore(startedAt)) {
            throw new IllegalArgumentException(clock + " is due before it starts: " + startedAt + " > " + dueAt);
        }
    }

    public boolean isMet() {
        return metAt != null;
    }

    public Deadline metAt(Instant at) {
        return new Deadline(clock, startedAt, dueAt, at);
    }

    /** Breached at {@code now}: past due and not met, or met after it was due. A deadline met on the instant is met. */
    public boolean isBreachedAt(Instant now) {
        return metAt == null ? now.isAfter(dueAt) : metAt.isAfter(dueAt);
    }

    public DeadlineStatus statusAt(Instant now, Duration dueSoonWindow) {
        if (isBreachedAt(now)) {
            return DeadlineStatus.BREACHED;
        }
        if (metAt != null) {
            return DeadlineStatus.MET;
        }
        return now.isBefore(dueAt.minus(dueSoonWindow)) ? DeadlineStatus.ON_TRACK : DeadlineStatus.DUE_SOON;
    }
}
