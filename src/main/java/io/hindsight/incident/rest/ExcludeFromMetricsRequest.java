package io.hindsight.incident.rest;

import io.hindsight.incident.ExcludeFromMetricsCommand;
import io.hindsight.incident.MetricsExclusion;

/**
 * The body of a request to leave an incident out of the metrics ({@code game-day}, {@code maintenance}) or, with
 * {@code exclusion} null, to count it again; with why.
 */
public record ExcludeFromMetricsRequest(String exclusion, String reason) {

    public ExcludeFromMetricsCommand toCommand() {
        return new ExcludeFromMetricsCommand(exclusion == null ? null : MetricsExclusion.fromCode(exclusion, "exclusion"),
                reason);
    }
}
