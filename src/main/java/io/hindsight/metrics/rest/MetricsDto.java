package io.hindsight.metrics.rest;

import io.hindsight.metrics.ActionItemAging;
import io.hindsight.metrics.DurationFigure;
import io.hindsight.metrics.MetricsReport;
import io.hindsight.metrics.ShareFigure;
import java.util.List;

/** The metrics page's figures as JSON; durations in milliseconds, {@code null} when nothing was measured. */
public record MetricsDto(long incidents, long open, long excluded, List<DurationDto> durations, ShareDto postmortems,
        ShareDto actionItems, ActionItemAging actionItemAging, ShareDto repeats) {

    /** One MTTx figure; {@code severity} is {@code null} for all severities together. */
    public record DurationDto(String figure, String severity, long measured, long unmeasured, Long medianMs,
            Long p90Ms) {

        static DurationDto from(DurationFigure figure) {
            return new DurationDto(figure.figure().code(), figure.severity(), figure.measured(), figure.unmeasured(),
                    figure.median() == null ? null : figure.median().toMillis(),
                    figure.p90() == null ? null : figure.p90().toMillis());
        }
    }

    /** A share: met of met + missed, pending apart; {@code figure} names the met rows for the trace endpoint. */
    public record ShareDto(String figure, long met, long missed, long pending, Double share) {

        static ShareDto from(ShareFigure figure) {
            return new ShareDto(figure.figure().code(), figure.met(), figure.missed(), figure.pending(),
                    figure.share());
        }
    }

    static MetricsDto from(MetricsReport report) {
        return new MetricsDto(report.incidents(), report.open(), report.excluded(),
                report.durations().stream().map(DurationDto::from).toList(), ShareDto.from(report.postmortems()),
                ShareDto.from(report.actionItems()), report.aging(), ShareDto.from(report.repeats()));
    }
}
