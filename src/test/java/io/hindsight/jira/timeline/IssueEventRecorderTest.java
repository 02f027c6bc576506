package io.hindsight.jira.timeline;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.hindsight.incident.IncidentRef;
import io.hindsight.jira.IncidentField;
import io.hindsight.jira.IncidentFieldValues;
import io.hindsight.platform.CurrentUser;
import io.hindsight.timeline.InMemoryTimelineStore;
import io.hindsight.timeline.TimelineEvent;
import io.hindsight.timeline.TimelineEventKind;
import io.hindsight.timeline.TimelineQuery;
import io.hindsight.timeline.TimelineService;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;

/** The recorder writes through the real TimelineService into an in-memory store with the real de-duplication. */
public class IssueEventRecorderTest {

    private static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");
    private static final IncidentRef OPS_7 = new IncidentRef(10042L, "OPS-7", "OPS", "Checkout returns 502");

    private final InMemoryTimelineStore store = new InMemoryTimelineStore();
    private final TimelineService timeline = new TimelineService(null, store, mock(CurrentUser.class),
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final ChangeHistoryManager changeHistory = mock(ChangeHistoryManager.class);
    private final IncidentFieldValues fieldValues = mock(IncidentFieldValues.class);
    private final UserManager userManager = mock(UserManager.class);
    // Incidents Hindsight does not track: the sync adopts nothing and leaves every entry to the recorder.
    private final JiraIncidentSync sync = mock(JiraIncidentSync.class);
    private final IssueEventRecorder recorder = new IssueEventRecorder(timeline, changeHistory, fieldValues,
            userManager, sync);

    @Before
    public void jiraHasTheSeverityFieldAndSam() {
        CustomField severity = mock(CustomField.class);
        when(severity.getName()).thenReturn("Severity");
        when(fieldValues.field(IncidentField.SEVERITY)).thenReturn(Optional.of(severity));
        ApplicationUser sam = mock(ApplicationUser.class);
        when(sam.getDisplayName()).thenReturn("Sam Roe");
        when(userManager.getUserByKey("JIRAUSER10100")).thenReturn(sam);
    }

    @Test
    public void aCreatedIncident_isDeclaredAtItsCreationTime_byItsCreator() {
        Instant created = Instant.parse("2026-11-20T14:02:00Z");

        recorder.record(new CapturedIssueEvent(OPS_7, 1L, "JIRAUSER10100", created, null, null, null));

        TimelineEvent declared = only();
        assertEquals(TimelineEventKind.DECLARED, declared.kind());
        assertEquals(created, declared.occurredAt());
        assertEquals("JIRAUSER10100", declared.actorKey());
    }

    @Test
    public void aTransition_isRecordedFromJirasChangeHistory_byItsAuthor_atItsTime() {
        Instant performed = Instant.parse("2026-11-20T14:30:00Z");
        changeGroup(10500L, performed, "JIRAUSER10200", List.of(
                IssueEventEntriesTest.item("jira", "status", "Investigating", "Mitigated"),
                IssueEventEntriesTest.item("custom", "Severity", "SEV-2", "SEV-1")));

        recorder.record(new CapturedIssueEvent(OPS_7, 13L, "JIRAUSER10100", null, 10500L, null, null));

        List<TimelineEvent> events = events();
        assertEquals(List.of(TimelineEventKind.STATUS_CHANGED, TimelineEventKind.SEVERITY_CHANGED),
                events.stream().map(TimelineEvent::kind).toList());
        assertEquals(performed, events.get(0).occurredAt());
        assertEquals("JIRAUSER10200", events.get(1).actorKey());
    }

    @Test
    public void changesTheIncidentDomainRecorded_areNotRecordedAgain() {
        changeGroup(10501L, NOW, "JIRAUSER10200", List.of(
                IssueEventEntriesTest.item("jira", "status", "Investigating", "Mitigated"),
                IssueEventEntriesTest.item("custom", "Severity", "SEV-2", "SEV-1")));
        when(sync.changed(eq(OPS_7), eq("JIRAUSER10200"), any(), any()))
                .thenReturn(Set.of(TimelineEventKind.STATUS_CHANGED));

        recorder.record(new CapturedIssueEvent(OPS_7, 13L, "JIRAUSER10100", null, 10501L, null, null));

        assertEquals(List.of(TimelineEventKind.SEVERITY_CHANGED), events().stream().map(TimelineEvent::kind).toList());
    }

    @Test
    public void anAdoptedIncident_getsItsDeclaredEntryFromTheDomainOnly() {
        when(sync.created(any())).thenReturn(true);

        recorder.record(new CapturedIssueEvent(OPS_7, 1L, "JIRAUSER10100", NOW, null, null, null));

        assertEquals(List.of(), events());
    }

    @Test
    public void aRedeliveredEvent_isStoredOnce() {
        changeGroup(10500L, NOW, "JIRAUSER10100",
                List.of(IssueEventEntriesTest.item("jira", "status", "Declared", "Investigating")));
        CapturedIssueEvent event = new CapturedIssueEvent(OPS_7, 13L, "JIRAUSER10100", null, 10500L, null, null);

        recorder.record(event);
        recorder.record(event);

        assertEquals(1, events().size());
    }

    @Test
    public void aComment_isRecordedUnderItsAuthorsName() {
        recorder.record(new CapturedIssueEvent(OPS_7, 6L, "JIRAUSER10100", null, null, 31L, "Rolled back 4.2"));

        TimelineEvent comment = only();
        assertEquals("Comment by Sam Roe", comment.summary());
        assertEquals("Rolled back 4.2", comment.details());
    }

    @Test
    public void aChangeGroupJiraCannotFind_recordsNothing_andDoesNotFail() {
        recorder.record(new CapturedIssueEvent(OPS_7, 13L, "JIRAUSER10100", null, 404L, null, null));

        assertEquals(List.of(), events());
    }

    private void changeGroup(long id, Instant performed, String author,
            List<com.atlassian.jira.issue.history.ChangeItemBean> items) {
        ChangeHistory group = mock(ChangeHistory.class);
        when(group.getTimePerformed()).thenReturn(Timestamp.from(performed));
        when(group.getAuthorKey()).thenReturn(author);
        when(group.getChangeItemBeans()).thenReturn(items);
        when(changeHistory.getChangeHistoryById(id)).thenReturn(group);
    }

    private List<TimelineEvent> events() {
        return store.page(OPS_7.id(), TimelineQuery.firstPage(TimelineQuery.Order.OLDEST_FIRST, 100)).events();
    }

    private TimelineEvent only() {
        List<TimelineEvent> events = events();
        assertEquals(events.toString(), 1, events.size());
        return events.get(0);
    }
}
