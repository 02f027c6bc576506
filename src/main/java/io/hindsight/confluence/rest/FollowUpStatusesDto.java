package io.hindsight.confluence.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.hindsight.confluence.followup.FollowUpStatus;
import io.hindsight.confluence.followup.FollowUpStatuses;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The live status of a post-mortem's follow-ups: {@code outcome} {@code done}, {@code unavailable} (with the
 * {@code problem}) or {@code authorise} (with {@code authoriseUrl}); {@code readAt} says how fresh it is.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FollowUpStatusesDto(String outcome, String problem, String authoriseUrl, Instant readAt,
                                  List<IssueDto> issues) {

    static FollowUpStatusesDto of(FollowUpStatuses statuses) {
        String outcome = statuses.needsAuthorisation() ? "authorise" : statuses.isAvailable() ? "done" : "unavailable";
        return new FollowUpStatusesDto(outcome, statuses.problem(),
                statuses.needsAuthorisation() ? AuthoriseUrls.shown(statuses.authoriseUri()) : null, statuses.readAt(),
                statuses.issues().stream().map(IssueDto::of).toList());
    }

    /** One follow-up: key, Jira status name, {@code open}/{@code done}/{@code overdue}/{@code unknown}, due date. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IssueDto(String issueKey, String statusName, String state, String due) {

        static IssueDto of(FollowUpStatus status) {
            return new IssueDto(status.issueKey(), status.statusName(), status.state().name().toLowerCase(Locale.ROOT),
                    status.due() == null ? null : status.due().toString());
        }
    }
}
