package io.hindsight.jira.panel;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import io.hindsight.incident.IncidentRef;
import io.hindsight.incident.Severity;
import io.hindsight.jira.IncidentFieldValues;
import io.hindsight.jira.IncidentSnapshot;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class JiraFieldIncidentSnapshotsTest {

    private static final IncidentRef OPS_7 = new IncidentRef(10042L, "OPS-7", "OPS", "Checkout returns 502");

    private final IssueManager issueManager = mock(IssueManager.class);
    private final IncidentFieldValues fieldValues = mock(IncidentFieldValues.class);
    private final JiraFieldIncidentSnapshots snapshots = new JiraFieldIncidentSnapshots(issueManager, fieldValues);

    @Test
    public void readsSeverityCommanderBreachAndTheTwoInstantsTheFieldsKnow() {
        MutableIssue issue = mock(MutableIssue.class);
        ApplicationUser sam = mock(ApplicationUser.class);
        when(sam.getDisplayName()).thenReturn("Sam Roe");
        when(issueManager.getIssueObject("OPS-7")).thenReturn(issue);
        when(issue.getCreated()).thenReturn(Timestamp.from(Instant.parse("2026-11-20T14:02:00Z")));
        when(fieldValues.severity(issue)).thenReturn(Optional.of(Severity.SEV_1));
        when(fieldValues.commander(issue)).thenReturn(Optional.of(sam));
        when(fieldValues.personalDataBreach(issue)).thenReturn(Optional.of(false));
        when(fieldValues.impactStarted(issue)).thenReturn(Optional.of(Instant.parse("2026-11-20T13:58:00Z")));

        IncidentSnapshot snapshot = snapshots.snapshot(OPS_7);

        assertEquals(Severity.SEV_1, snapshot.severity());
        assertEquals("Sam Roe", snapshot.commanderName());
        assertEquals(Boolean.FALSE, snapshot.personalDataBreach());
        assertEquals(List.of(
                new IncidentSnapshot.Moment(JiraFieldIncidentSnapshots.IMPACT_STARTED,
                        Instant.parse("2026-11-20T13:58:00Z")),
                new IncidentSnapshot.Moment(JiraFieldIncidentSnapshots.DECLARED,
                        Instant.parse("2026-11-20T14:02:00Z"))), snapshot.keyInstants());
        assertEquals(List.of(), snapshot.deadlines());
    }

    @Test
    public void anIssueThatVanished_isAnEmptySnapshot() {
        IncidentSnapshot snapshot = snapshots.snapshot(OPS_7);

        assertNull(snapshot.severity());
        assertEquals(List.of(), snapshot.keyInstants());
    }
}
