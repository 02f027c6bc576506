package io.hindsight.metrics;

import java.util.List;

/**
 * Every figure of the metrics page for one filter, with its counts.
 *
 * @param durations  MTTD, MTTA and MTTR, each for all severities (severity {@code null}) and per severity
 * @param repeats    {@code met} are repeats, {@code missed} incidents with a cause that repeat nothing, {@code pending}
 *                   counted incidents with no cause recorded
 */
public record MetricsReport(long incidents, long open, long excluded, List<DurationFigure> durations,
        ShareFigure postmortems, ShareFigure actionItems, ActionItemAging aging, ShareFigure repeats) {
}
