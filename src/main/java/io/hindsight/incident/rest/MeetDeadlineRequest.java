package io.hindsight.incident.rest;

import io.hindsight.incident.DeadlineClock;
import io.hindsight.incident.MeetDeadlineCommand;
import java.time.Instant;

/** The body of a request to record a deadline as met: when it was done (absent means now), and how. */
public record MeetDeadlineRequest(Instant at, String reason) {

    /** The command for the clock named in the path, e.g. {@code executive-notification}. */
    public MeetDeadlineCommand toCommand(String clock) {
        return new MeetDeadlineCommand(DeadlineClock.fromCode(clock, "clock"), at, reason);
    }
}
