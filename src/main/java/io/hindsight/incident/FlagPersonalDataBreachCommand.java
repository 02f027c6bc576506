package io.hindsight.incident;

import java.time.Instant;

/**
 * A request to flag an incident as a personal-data breach, which starts the GDPR Art. 33 clock; validates itself.
 *
 * @param awareAt when the organisation became aware of the breach; {@code null} means now
 */
public record FlagPersonalDataBreachCommand(Instant awareAt, String reason) {

    public FlagPersonalDataBreachCommand {
        reason = Reasons.required("reason", reason);
    }
}
