package io.hindsight.jira.timeline;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.history.ChangeItemBean;
import io.hindsight.incident.ChangeSeverityCommand;
import io.hindsight.incident.DeclareIncidentCommand;
import io.hindsight.incident.IllegalTransitionException;
import io.hindsight.incident.IncidentChanges;
import io.hindsight.incident.IncidentRef;
import io.hindsight.incident.IncidentState;
import io.hindsight.incident.IncidentStatus;
import io.hindsight.incident.IncidentTransition;
import io.hindsight.incident.Severity;
import io.hindsight.incident.TransitionIncidentCommand;
import io.hindsight.jira.IncidentField;
import io.hindsight.jira.IncidentFieldValues;
import io.hindsight.platform.NotFoundException;
import io.hindsight.timeline.TimelineEventKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

public class JiraIncidentSyncTest {

    private static final IncidentRef OPS_7 = new IncidentRef(10007L, "OPS-7", "OPS", "Checkout down");
    private static final Map<IncidentField, String> FIELD_NAMES = Map.of(IncidentField.SEVERITY, "Severity");

    private final IncidentChanges changes = mock(IncidentChanges.class);
    private final IncidentFieldValues fieldValues = mock(IncidentFieldValues.class);
    private final IssueManager issueManager = mock(IssueManager.class);
    private final MutableIssue issue = mock(MutableIssue.class);
    private final JiraIncidentSync sync = new JiraIncidentSync(changes, fieldValues, issueManager);

    @Test
    public void created_withASeverity_isAdoptedWithTheIssuesFields() {
        Instant created = Instant.parse("2026-11-20T10:00:00Z");
        givenTheIssueHasSeverity(Severity.SEV_2);

        assertTrue(sync.created(new CapturedIssueEvent(OPS_7, 1L, "u1002", created, null, null, null)));

        ArgumentCaptor<DeclareIncidentCommand> declared = ArgumentCaptor.forClass(DeclareIncidentCommand.class);
        verify(changes).adopt(eq(OPS_7), eq("u1002"), declared.capture(), eq("Declared in Jira"));
        assertEquals(Severity.SEV_2, declared.getValue().severity());
        assertEquals("Checkout down", declared.getValue().summary());
        assertEquals(created, declared.getValue().declaredAt());
    }

    @Test
    public void created_withoutASeverity_isNotAdopted() {
        when(issueManager.getIssueObject("OPS-7")).thenReturn(issue);
        when(fieldValues.severity(issue)).thenReturn(Optional.empty());

        assertFalse(sync.created(new CapturedIssueEvent(OPS_7, 1L, "u1002", Instant.now(), null, null, null)));
        verify(changes, never()).adopt(any(), any(), any(), any());
    }

    @Test
    public void statusChangedInJira_movesTheLifecycle_andTheDomainRecordsIt() {
        givenTracked(IncidentStatus.INVESTIGATING);

        Set<TimelineEventKind> recorded = sync.changed(OPS_7, "u1002",
                List.of(new ChangeItemBean("jira", "status", "3", "Investigating", "4", "Mitigated")), FIELD_NAMES);

        assertEquals(Set.of(TimelineEventKind.STATUS_CHANGED), recorded);
        verify(changes).transition(OPS_7, "u1002",
                new TransitionIncidentCommand(IncidentTransition.MITIGATE, JiraIncidentSync.REASON));
    }

    @Test
    public void severityEditedInJira_regradesATrackedIncident() {
        givenTracked(IncidentStatus.INVESTIGATING);

        Set<TimelineEventKind> recorded = sync.changed(OPS_7, "u1002",
                List.of(new ChangeItemBean("custom", "Severity", null, "SEV-3", null, "SEV-1")), FIELD_NAMES);

        assertEquals(Set.of(TimelineEventKind.SEVERITY_CHANGED), recorded);
        verify(changes).changeSeverity(OPS_7, "u1002", new ChangeSeverityCommand(Severity.SEV_1, JiraIncidentSync.REASON));
    }

    @Test
    public void firstSeverityOnAnUntrackedIncident_adoptsIt() {
        when(changes.find(OPS_7)).thenThrow(new NotFoundException("not tracked"));
        givenTheIssueHasSeverity(Severity.SEV_1);

        Set<TimelineEventKind> recorded = sync.changed(OPS_7, "u1002",
                List.of(new ChangeItemBean("custom", "Severity", null, null, null, "SEV-1")), FIELD_NAMES);

        assertEquals(Set.of(TimelineEventKind.SEVERITY_CHANGED), recorded);
        verify(changes).adopt(eq(OPS_7), eq("u1002"), any(DeclareIncidentCommand.class), anyString());
        verify(changes, never()).changeSeverity(any(), any(), any());
    }

    @Test
    public void aChangeTheDomainRefuses_isLoggedNotThrown_andLeftToTheRecorder() {
        givenTracked(IncidentStatus.INVESTIGATING);
        when(changes.transition(any(), any(), any())).thenThrow(
                new IllegalTransitionException("OPS-7", IncidentStatus.INVESTIGATING, IncidentTransition.RESOLVE,
                        "the domain refuses it", List.of(IncidentTransition.MITIGATE)));

        Set<TimelineEventKind> recorded = sync.changed(OPS_7, "u1002",
                List.of(new ChangeItemBean("jira", "status", "3", "Investigating", "5", "Resolved")), FIELD_NAMES);

        assertEquals(Set.of(), recorded);
    }

    @Test
    public void untrackedIncident_statusChange_isLeftToTheRecorder() {
        when(changes.find(OPS_7)).thenThrow(new NotFoundException("not tracked"));

        assertEquals(Set.of(), sync.changed(OPS_7, "u1002",
                List.of(new ChangeItemBean("jira", "status", "3", "Investigating", "4", "Mitigated")), FIELD_NAMES));
        verify(changes, never()).transition(any(), any(), any());
    }

    private void givenTheIssueHasSeverity(Severity severity) {
        when(issueManager.getIssueObject("OPS-7")).thenReturn(issue);
        when(issue.getSummary()).thenReturn("Checkout down");
        when(fieldValues.severity(issue)).thenReturn(Optional.of(severity));
        when(fieldValues.impactStarted(issue)).thenReturn(Optional.empty());
        when(fieldValues.commander(issue)).thenReturn(Optional.empty());
        when(fieldValues.personalDataBreach(issue)).thenReturn(Optional.empty());
    }

    private void givenTracked(IncidentStatus status) {
        IncidentState state = mock(IncidentState.class);
        when(state.status()).thenReturn(status);
        when(changes.find(OPS_7)).thenReturn(state);
    }
}
