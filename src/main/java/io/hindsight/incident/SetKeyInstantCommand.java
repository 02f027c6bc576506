package io.hindsight.incident;

import io.hindsight.platform.InvalidInputException;
import java.time.Instant;

/** A request to set one key instant by hand, often backdated, with why; validates itself. */
public record SetKeyInstantCommand(KeyInstant instant, Instant at, String reason) {

    public SetKeyInstantCommand {
        if (instant == null) {
            throw new InvalidInputException("instant", "Name the key instant to set.");
        }
        if (at == null) {
            throw new InvalidInputException("at", "The instant is required.");
        }
        reason = Reasons.required("reason", reason);
    }
}
