package io.hindsight.incident.rest;

import io.hindsight.incident.KeyInstant;
import io.hindsight.incident.SetKeyInstantCommand;
import java.time.Instant;

/** The body of a request to set a key instant by hand: when (ISO-8601 with an offset), and why. */
public record SetKeyInstantRequest(Instant at, String reason) {

    /** The command for the key instant named in the path, e.g. {@code detected}. */
    public SetKeyInstantCommand toCommand(String instant) {
        return new SetKeyInstantCommand(KeyInstant.fromCode(instant, "instant"), at, reason);
    }
}
