package io.hindsight.incident;

/**
 * A request to leave an incident out of the metrics (a game day, maintenance) or, with no exclusion, to count it
 * again, with why; validates itself.
 *
 * @param exclusion {@code null} to count the incident again
 */
public record ExcludeFromMetricsCommand(MetricsExclusion exclusion, String reason) {

    public ExcludeFromMetricsCommand {
        reason = Reasons.required("reason", reason);
    }
}
