package io.hindsight.jira.timeline;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.jira.issue.history.ChangeItemBean;
import io.hindsight.incident.IncidentRef;
import io.hindsight.jira.IncidentField;
import io.hindsight.timeline.AppendTimelineEventCommand;
import io.hindsight.timeline.TimelineEventKind;
import io.hindsight.timeline.TimelineSource;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class IssueEventEntriesTest {

    private static final Instant AT = Instant.parse("2026-11-20T14:05:00Z");
    private static final Map<IncidentField, String> FIELD_NAMES = Map.of(IncidentField.SEVERITY, "Severity",
            IncidentField.COMMANDER, "Incident commander", IncidentField.IMPACT_STARTED, "Impact started",
            IncidentField.PERSONAL_DATA_BREACH, "Personal data breach");

    @Test
    public void changes_mapsStatusAssigneeAndHindsightFields_andIgnoresTheRest() {
        List<AppendTimelineEventCommand> entries = IssueEventEntries.changes(10500L, AT, List.of(
                item("jira", "status", "Investigating", "Mitigated"),
                item("custom", "Severity", "SEV-3", "SEV-1"),
                item("custom", "Incident commander", null, "Sam Roe"),
                item("jira", "assignee", "Alex Doe", "Sam Roe"),
                item("jira", "summary", "Slow", "Down"),
                item("custom", "Story Points", "3", "5")), FIELD_NAMES);

        assertEquals(List.of(TimelineEventKind.STATUS_CHANGED, TimelineEventKind.SEVERITY_CHANGED,
                TimelineEventKind.COMMANDER_CHANGED, TimelineEventKind.ASSIGNEE_CHANGED),
                entries.stream().map(AppendTimelineEventCommand::kind).toList());
        assertEquals("status: Investigating \u2192 Mitigated", entries.get(0).summary());
        assertEquals("Severity: SEV-3 \u2192 SEV-1", entries.get(1).summary());
        assertEquals("Incident commander: (none) \u2192 Sam Roe", entries.get(2).summary());
        assertTrue(entries.stream().allMatch(entry -> entry.source().equals(TimelineSource.JIRA)
                && AT.equals(entry.occurredAt())));
    }

    @Test
    public void changes_haveExternalIdsFromTheChangeGroupAndField_soARedeliveryIsTheSameEntry() {
        List<AppendTimelineEventCommand> first = IssueEventEntries.changes(10500L, AT,
                List.of(item("jira", "status", "Declared", "Investigating")), FIELD_NAMES);
        List<AppendTimelineEventCommand> again = IssueEventEntries.changes(10500L, AT,
                List.of(item("jira", "status", "Declared", "Investigating")), FIELD_NAMES);

        assertEquals("jira-changegroup-10500-status", first.get(0).externalId());
        assertEquals(first, again);
    }

    @Test
    public void aHindsightFieldAnAdminRenamed_isRecognisedByItsNewName() {
        List<AppendTimelineEventCommand> entries = IssueEventEntries.changes(1L, AT,
                List.of(item("custom", "Sévérité", "SEV-2", "SEV-1")),
                Map.of(IncidentField.SEVERITY, "Sévérité"));

        assertEquals(TimelineEventKind.SEVERITY_CHANGED, entries.get(0).kind());
        assertEquals("jira-changegroup-1-s-v-rit-", entries.get(0).externalId());
    }

    @Test
    public void declared_isStableAndFitsALongSummary() {
        CapturedIssueEvent created = event(null, null, "x".repeat(400));

        AppendTimelineEventCommand entry = IssueEventEntries.declared(created);

        assertEquals(TimelineEventKind.DECLARED, entry.kind());
        assertEquals("jira-issue-10042-created", entry.externalId());
        assertEquals(AppendTimelineEventCommand.MAX_SUMMARY, entry.summary().length());
        assertTrue(entry.summary().endsWith("\u2026"));
    }

    @Test
    public void comment_keepsTheTextInTheDetails() {
        AppendTimelineEventCommand entry = IssueEventEntries.comment(event(31L, "Rolled back 4.2", "Checkout down"),
                "Sam Roe");

        assertEquals(TimelineEventKind.COMMENT, entry.kind());
        assertEquals("Comment by Sam Roe", entry.summary());
        assertEquals("Rolled back 4.2", entry.details());
        assertEquals("jira-comment-31", entry.externalId());
    }

    @Test
    public void fit_neverSplitsASurrogatePair() {
        String emoji = "\uD83D\uDD25";
        String cut = IssueEventEntries.fit("ab" + emoji + "cd", 4);

        assertEquals("ab\u2026", cut);
    }

    static CapturedIssueEvent event(Long commentId, String commentBody, String summary) {
        return new CapturedIssueEvent(new IncidentRef(10042L, "OPS-7", "OPS", summary), 1L, "JIRAUSER10100", AT, null,
                commentId, commentBody);
    }

    static ChangeItemBean item(String type, String field, String from, String to) {
        return new ChangeItemBean(type, field, null, from, null, to);
    }
}
