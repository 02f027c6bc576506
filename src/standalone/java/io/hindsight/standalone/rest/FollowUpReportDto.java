package io.hindsight.standalone.rest;

import io.hindsight.actionitem.FollowUpReport;
import io.hindsight.actionitem.FollowUpRow;
import java.util.List;
import java.util.Locale;

/** What creating follow-ups did: one row per action item, in page order, and whether the page now names new issues. */
public record FollowUpReportDto(List<RowDto> rows, boolean pageChanged) {

    static FollowUpReportDto of(FollowUpReport report) {
        return new FollowUpReportDto(report.rows().stream().map(RowDto::of).toList(), report.pageChanged());
    }

    /** One action item: its id, summary, outcome ({@code created}, {@code already-linked}…), issue and reason. */
    public record RowDto(String itemId, String summary, String outcome, String issueKey, String reason) {

        static RowDto of(FollowUpRow row) {
            return new RowDto(row.itemId(), row.summary(), row.outcome().name().toLowerCase(Locale.ROOT)
                    .replace('_', '-'), row.issueKey(), row.reason());
        }
    }
}
