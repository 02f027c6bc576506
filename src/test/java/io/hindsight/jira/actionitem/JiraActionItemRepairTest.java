package io.hindsight.jira.actionitem;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.project.Project;
import io.hindsight.actionitem.ActionItemKind;
import io.hindsight.actionitem.ActionItemRepair;
import io.hindsight.actionitem.InMemoryActionItemMirror;
import io.hindsight.actionitem.TrackedActionItem;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.Before;
import org.junit.Test;

public class JiraActionItemRepairTest {

    private final IssueLinkTypeManager linkTypes = mock(IssueLinkTypeManager.class);
    private final IssueLinkManager links = mock(IssueLinkManager.class);
    private final IssueManager issues = mock(IssueManager.class);
    private final InMemoryActionItemMirror mirror = new InMemoryActionItemMirror();
    private final JiraActionItemRepair repair = new JiraActionItemRepair(linkTypes, links, issues, mirror);
    private final Project ops = JiraActionItemListenerTest.project(10_000L, "OPS");
    private final Project act = JiraActionItemListenerTest.project(10_200L, "ACT");
    private final Issue incident = incident("OPS-2", 401L);

    @Before
    public void theLinkTypeExists() {
        IssueLinkType type = mock(IssueLinkType.class);
        when(type.getId()).thenReturn(10_000L);
        when(linkTypes.getIssueLinkTypesByName("Action item")).thenReturn(List.of(type));
    }

    @Test
    public void drift_isCorrected_linkedIssuesJoin_andDeletedIssuesLeave() {
        // ACT-1: mirrored as open, resolved in Jira while the listener was down.
        mirror.put(tracked("ACT-1", null));
        Issue act1 = JiraActionItemListenerTest.issue("ACT-1", act, "u-vic", null, Instant.parse("2026-11-20T08:00:00Z"));
        // ACT-2: linked by hand in Jira, never mirrored.
        Issue act2 = JiraActionItemListenerTest.issue("ACT-2", act, "u-sam", LocalDate.of(2026, 12, 1), null);
        when(act2.getCreated()).thenReturn(Timestamp.from(Instant.parse("2026-11-10T10:00:00Z")));
        // ACT-3: mirrored, deleted in bulk from Jira.
        mirror.put(tracked("ACT-3", null));
        List<IssueLink> linked = List.of(link(act1, incident), link(act2, incident));
        when(links.getIssueLinks(10_000L)).thenReturn(linked);

        ActionItemRepair.Report report = repair.repair();

        assertEquals(new ActionItemRepair.Report(2, 2, 1), report);
        assertEquals(Instant.parse("2026-11-20T08:00:00Z"), mirror.find("ACT-1").orElseThrow().closedAt());
        TrackedActionItem joined = mirror.find("ACT-2").orElseThrow();
        assertEquals("OPS-2", joined.incidentKey());
        assertEquals("OPS", joined.projectKey());
        assertEquals(401L, joined.incidentId());
        assertEquals("u-sam", joined.ownerKey());
        assertEquals(ActionItemKind.SHORT_TERM, joined.kind());
        assertTrue(mirror.find("ACT-3").isEmpty());
    }

    @Test
    public void aSecondRun_correctsNothing_andAnUnlinkedButExistingItemStays() {
        mirror.put(tracked("ACT-4", null));
        MutableIssue act4 = mock(MutableIssue.class);
        when(act4.getKey()).thenReturn("ACT-4");
        when(act4.getProjectObject()).thenReturn(act);
        when(issues.getIssueObject("ACT-4")).thenReturn(act4);
        when(links.getIssueLinks(10_000L)).thenReturn(List.of());

        repair.repair();
        ActionItemRepair.Report second = repair.repair();

        assertEquals(new ActionItemRepair.Report(1, 0, 0), second);
        assertNull(mirror.find("ACT-4").orElseThrow().ownerKey());
    }

    @Test
    public void linksToIssuesThatAreNotIncidents_areNotActionItems() {
        Issue bug = JiraActionItemListenerTest.issue("BUG-1", ops, null, null, null);
        IssueType bugType = mock(IssueType.class);
        when(bugType.getName()).thenReturn("Bug");
        when(bug.getIssueType()).thenReturn(bugType);
        Issue act5 = JiraActionItemListenerTest.issue("ACT-5", act, null, null, null);
        List<IssueLink> linked = List.of(link(act5, bug));
        when(links.getIssueLinks(10_000L)).thenReturn(linked);

        assertEquals(new ActionItemRepair.Report(0, 0, 0), repair.repair());
        assertTrue(mirror.items.isEmpty());
    }

    private Issue incident(String key, long id) {
        Issue issue = JiraActionItemListenerTest.issue(key, ops, null, null, null);
        when(issue.getId()).thenReturn(id);
        IssueType type = mock(IssueType.class);
        when(type.getName()).thenReturn("Incident");
        when(issue.getIssueType()).thenReturn(type);
        return issue;
    }

    private static TrackedActionItem tracked(String key, Instant closed) {
        return new TrackedActionItem(key, 401L, "OPS-2", "OPS", "u-vic", null, "High", ActionItemKind.PROCESS,
                Instant.parse("2026-11-01T09:00:00Z"), closed);
    }

    private static IssueLink link(Issue source, Issue destination) {
        IssueLink link = mock(IssueLink.class);
        when(link.getSourceObject()).thenReturn(source);
        when(link.getDestinationObject()).thenReturn(destination);
        return link;
    }
}
