package io.hindsight.incident;

import io.hindsight.platform.InvalidInputException;
import java.time.Instant;

/**
 * A record that an obligation with a deadline was fulfilled (executives notified, the supervisory authority
 * notified), with when and how; validates itself.
 *
 * @param at when it was done; {@code null} means now
 */
public record MeetDeadlineCommand(DeadlineClock clock, Instant at, String reason) {

    public MeetDeadlineCommand {
        if (clock == null) {
            throw new InvalidInputException("clock", "Name the deadline.");
        }
        if (!clock.isMetByHand()) {
            throw new InvalidInputException("clock", "The post-mortem deadline is met by recording the post-mortem as"
                    + " published.");
        }
        reason = Reasons.required("reason", reason);
    }
}
