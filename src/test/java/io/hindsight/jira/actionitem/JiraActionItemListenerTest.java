package io.hindsight.jira.actionitem;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import io.hindsight.actionitem.ActionItemKind;
import io.hindsight.actionitem.InMemoryActionItemMirror;
import io.hindsight.actionitem.TrackedActionItem;
import io.hindsight.jira.HindsightJiraSettings;
import io.hindsight.jira.InMemoryPluginSettings;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;

public class JiraActionItemListenerTest {

    private final InMemoryActionItemMirror mirror = new InMemoryActionItemMirror();
    private final HindsightJiraSettings settings = new InMemoryPluginSettings().hindsightSettings();
    private final JiraActionItemListener listener =
            new JiraActionItemListener(mock(EventPublisher.class), settings, mirror);
    private final Project act = project(10_200L, "ACT");

    @Before
    public void anActionItemIsMirrored_andActIsTheActionItemProject() {
        settings.storeActionItemTarget("ACT", "Task");
        mirror.put(new TrackedActionItem("ACT-1", 42, "OPS-2", "OPS", "u-vic", Instant.parse("2026-12-05T00:00:00Z"),
                "High", ActionItemKind.PROCESS, Instant.parse("2026-11-01T09:00:00Z"), null));
    }

    @Test
    public void resolvingAndReassigning_inJira_updateTheMirror() {
        Issue issue = issue("ACT-1", act, "u-sam", LocalDate.of(2026, 12, 4), Instant.parse("2026-11-20T08:00:00Z"));

        listener.onIssueEvent(event(issue, 4L));

        TrackedActionItem now = mirror.find("ACT-1").orElseThrow();
        assertEquals("u-sam", now.ownerKey());
        assertEquals(Instant.parse("2026-11-20T08:00:00Z"), now.closedAt());
        assertEquals(Instant.parse("2026-12-05T00:00:00Z"), now.dueAt());
    }

    @Test
    public void reopening_clearsTheResolution() {
        listener.onIssueEvent(event(issue("ACT-1", act, "u-vic", null, Instant.parse("2026-11-20T08:00:00Z")), 4L));

        listener.onIssueEvent(event(issue("ACT-1", act, "u-vic", null, null), 7L));

        assertNull(mirror.find("ACT-1").orElseThrow().closedAt());
    }

    @Test
    public void deleting_removesItFromTheMirror() {
        listener.onIssueEvent(event(issue("ACT-1", act, null, null, null), EventType.ISSUE_DELETED_ID));

        assertTrue(mirror.items.isEmpty());
    }

    @Test
    public void issuesOfOtherProjects_areNotLookedAt_andAFailureNeverEscapes() {
        Project hr = project(10_300L, "HR");
        Issue elsewhere = issue("ACT-1", hr, "u-other", null, null);
        listener.onIssueEvent(event(elsewhere, 2L));
        assertEquals("u-vic", mirror.find("ACT-1").orElseThrow().ownerKey());

        Issue broken = mock(Issue.class);
        when(broken.getProjectObject()).thenThrow(new IllegalStateException("Jira in a bad mood"));
        listener.onIssueEvent(event(broken, 2L));
        assertEquals(Map.of("ACT-1", mirror.find("ACT-1").orElseThrow()), mirror.items);
    }

    static Issue issue(String key, Project project, String assigneeKey, LocalDate due, Instant resolved) {
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn(key);
        when(issue.getProjectObject()).thenReturn(project);
        if (assigneeKey != null) {
            ApplicationUser assignee = mock(ApplicationUser.class);
            when(assignee.getKey()).thenReturn(assigneeKey);
            when(issue.getAssignee()).thenReturn(assignee);
        }
        if (due != null) {
            when(issue.getDueDate()).thenReturn(Timestamp.from(due.atStartOfDay(ZoneId.systemDefault()).toInstant()));
        }
        if (resolved != null) {
            when(issue.getResolutionDate()).thenReturn(Timestamp.from(resolved));
        }
        return issue;
    }

    static Project project(long id, String key) {
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(id);
        when(project.getKey()).thenReturn(key);
        return project;
    }

    private static IssueEvent event(Issue issue, Long type) {
        IssueEvent event = mock(IssueEvent.class);
        when(event.getIssue()).thenReturn(issue);
        when(event.getEventTypeId()).thenReturn(type);
        return event;
    }
}
