package io.hindsight.incident;

import java.time.Instant;
import java.util.Objects;

/**
 * One missed deadline: which incident, which clock, and the due instant it missed. A deadline that moves (the
 * incident was reopened and resolved again) and is missed again is a new breach.
 */
public record Breach(long incidentId, DeadlineClock clock, Instant dueAt) {

    public Breach {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(dueAt, "dueAt");
    }

    /** The breach's identity as one short string, unique across incidents, clocks and due instants. */
    public String key() {
        return incidentId + ":" + clock.code() + ":" + dueAt.toEpochMilli();
    }
}
