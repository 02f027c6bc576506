package io.hindsight.metrics;

import java.time.Duration;

/**
 * One MTTx figure for one severity (or all): how many incidents it measured, how many it could not, and the median and
 * 90th percentile (continuous, interpolated like SQL's {@code percentile_cont}); {@code null} when nothing was measured.
 *
 * @param unmeasured incidents left out for want of an instant: unknown impact start (MTTD), no acknowledgement (MTTA),
 *                   not resolved yet (MTTR)
 */
public record DurationFigure(Figure figure, String severity, long measured, long unmeasured, Duration median,
        Duration p90) {
}
