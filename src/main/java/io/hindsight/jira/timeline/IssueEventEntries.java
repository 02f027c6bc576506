package io.hindsight.jira.timeline;

import com.atlassian.jira.issue.history.ChangeItemBean;
import io.hindsight.jira.IncidentField;
import io.hindsight.timeline.AppendTimelineEventCommand;
import io.hindsight.timeline.TimelineEventKind;
import io.hindsight.timeline.TimelineSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Turns what Jira recorded for an issue event into timeline entries. Each entry's external id comes from Jira's own
 * ids (issue, change group, comment), so a redelivered event is stored once.
 */
public final class IssueEventEntries {

    /** Jira's change-item field type for its own fields (custom fields have "custom"). */
    static final String JIRA_FIELD = "jira";

    private IssueEventEntries() {
    }

    /** The declaration entry of a newly created incident. */
    public static AppendTimelineEventCommand declared(CapturedIssueEvent event) {
        return new AppendTimelineEventCommand(event.issueCreatedAt(), TimelineEventKind.DECLARED, TimelineSource.JIRA,
                fit("Declared: " + event.incident().summary(), AppendTimelineEventCommand.MAX_SUMMARY), null, null,
                "jira-issue-" + event.incident().id() + "-created");
    }

    /**
     * Entries for the changes of one change group that matter to an incident: status, assignee, and Hindsight's
     * fields, which change items name by their current names.
     *
     * @param fieldNames the current name of each Hindsight field that exists
     */
    public static List<AppendTimelineEventCommand> changes(long changeGroupId, Instant performedAt,
            List<ChangeItemBean> items, Map<IncidentField, String> fieldNames) {
        List<AppendTimelineEventCommand> entries = new ArrayList<>();
        for (ChangeItemBean item : items) {
            TimelineEventKind kind = kindOf(item, fieldNames);
            if (kind != null) {
                String summary = item.getField() + ": " + text(item.getFromString()) + " \u2192 "
                        + text(item.getToString());
                entries.add(new AppendTimelineEventCommand(performedAt, kind, TimelineSource.JIRA,
                        fit(summary, AppendTimelineEventCommand.MAX_SUMMARY), null, null,
                        "jira-changegroup-" + changeGroupId + "-" + slug(item.getField())));
            }
        }
        return entries;
    }

    /** The entry for a comment; its text goes in the details. */
    public static AppendTimelineEventCommand comment(CapturedIssueEvent event, String authorName) {
        return new AppendTimelineEventCommand(null, TimelineEventKind.COMMENT, TimelineSource.JIRA,
                fit("Comment by " + Objects.requireNonNullElse(authorName, "someone"),
                        AppendTimelineEventCommand.MAX_SUMMARY),
                fit(event.commentBody(), AppendTimelineEventCommand.MAX_DETAILS), null,
                "jira-comment-" + event.commentId());
    }

    private static TimelineEventKind kindOf(ChangeItemBean item, Map<IncidentField, String> fieldNames) {
        String field = item.getField();
        if (JIRA_FIELD.equalsIgnoreCase(item.getFieldType())) {
            return switch (field == null ? "" : field.toLowerCase(Locale.ROOT)) {
                case "status" -> TimelineEventKind.STATUS_CHANGED;
                case "assignee" -> TimelineEventKind.ASSIGNEE_CHANGED;
                default -> null;
            };
        }
        if (Objects.equals(field, fieldNames.get(IncidentField.SEVERITY))) {
            return TimelineEventKind.SEVERITY_CHANGED;
        }
        if (Objects.equals(field, fieldNames.get(IncidentField.COMMANDER))) {
            return TimelineEventKind.COMMANDER_CHANGED;
        }
        if (Objects.equals(field, fieldNames.get(IncidentField.IMPACT_STARTED))) {
            return TimelineEventKind.KEY_INSTANT;
        }
        if (Objects.equals(field, fieldNames.get(IncidentField.PERSONAL_DATA_BREACH))) {
            return TimelineEventKind.NOTE;
        }
        return null;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? "(none)" : value.strip();
    }

    private static String slug(String field) {
        return field == null ? "field" : field.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** Cuts text to the command's limit on a character boundary, marking the cut. */
    static String fit(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "\u2026";
    }
}
