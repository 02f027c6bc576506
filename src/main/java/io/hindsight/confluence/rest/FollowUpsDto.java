package io.hindsight.confluence.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.hindsight.actionitem.FollowUpReport;
import io.hindsight.actionitem.FollowUpRow;
import java.util.List;
import java.util.Locale;

/**
 * What creating follow-ups did: {@code outcome} is {@code done}, or {@code authorise} when Jira first needs the
 * user's authorisation ({@code authoriseUrl}); one row per action item in page order, each failed row with its reason.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FollowUpsDto(String outcome, String authoriseUrl, List<RowDto> rows, boolean pageChanged) {

    static FollowUpsDto of(FollowUpReport report) {
        String authorise = report.authorisationUriIfRequired().map(AuthoriseUrls::shown).orElse(null);
        return new FollowUpsDto(authorise == null ? "done" : "authorise", authorise,
                report.rows().stream().map(RowDto::of).toList(), report.pageChanged());
    }

    /** One action item: id, summary, outcome ({@code created}, {@code already-linked}, {@code failed}…), issue, reason. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RowDto(String itemId, String summary, String outcome, String issueKey, String reason) {

        static RowDto of(FollowUpRow row) {
            return new RowDto(row.itemId(), row.summary(), row.outcome().name().toLowerCase(Locale.ROOT)
                    .replace('_', '-'), row.issueKey(), row.reason());
        }
    }
}
