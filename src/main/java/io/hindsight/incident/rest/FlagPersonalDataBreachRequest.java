package io.hindsight.incident.rest;

import io.hindsight.incident.FlagPersonalDataBreachCommand;
import java.time.Instant;

/** The body of a request to flag a personal-data breach: when the organisation became aware (absent means now), and why. */
public record FlagPersonalDataBreachRequest(Instant awareAt, String reason) {

    public FlagPersonalDataBreachCommand toCommand() {
        return new FlagPersonalDataBreachCommand(awareAt, reason);
    }
}
