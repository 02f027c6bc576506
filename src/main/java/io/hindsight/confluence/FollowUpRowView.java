package io.hindsight.confluence;

import io.hindsight.confluence.followup.FollowUpStatus;
import java.util.Locale;

/**
 * One follow-up row of the macro, already HTML-escaped: the issue key, Jira's status name, where it stands
 * ({@code open}, {@code done}, {@code overdue}, {@code unknown}; also the i18n key's suffix) and the due date.
 * Every getter is listed in the descriptor's velocity-allowlist.
 */
public final class FollowUpRowView {

    private final FollowUpStatus status;

    FollowUpRowView(FollowUpStatus status) {
        this.status = status;
    }

    public String getIssueKey() {
        return Html.escape(status.issueKey());
    }

    public String getStatusName() {
        return Html.escape(status.statusName());
    }

    /** {@code open}, {@code done}, {@code overdue} or {@code unknown}. */
    public String getState() {
        return status.state().name().toLowerCase(Locale.ROOT);
    }

    /** The due date as {@code yyyy-MM-dd}, or "". */
    public String getDue() {
        return status.due() == null ? "" : status.due().toString();
    }
}
