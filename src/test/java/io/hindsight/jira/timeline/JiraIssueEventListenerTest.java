package io.hindsight.jira.timeline;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import io.hindsight.jira.HindsightJiraSettings;
import io.hindsight.jira.InMemoryPluginSettings;
import io.hindsight.jira.incident.OwnIssueChanges;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.ofbiz.core.entity.GenericValue;

public class JiraIssueEventListenerTest {

    private final EventPublisher eventPublisher = mock(EventPublisher.class);
    private final HindsightJiraSettings settings = new InMemoryPluginSettings().hindsightSettings();
    private final IssueEventRecorder recorder = mock(IssueEventRecorder.class);
    private final TimelineRecordingQueue queue =
            new TimelineRecordingQueue(Executors.newSingleThreadExecutor());
    private final OwnIssueChanges ownChanges = new OwnIssueChanges();
    private final JiraIssueEventListener listener =
            new JiraIssueEventListener(eventPublisher, settings, recorder, queue, ownChanges);
    private final List<CapturedIssueEvent> recorded = new CopyOnWriteArrayList<>();

    @Before
    public void hindsightIsOnForOps_andTheRecorderTakesNotes() {
        settings.storeEnabledProjects(Map.of(10000L, false));
        doAnswer(call -> recorded.add(call.getArgument(0))).when(recorder).record(any());
    }

    @After
    public void stopTheQueue() {
        queue.shutdown();
    }

    @Test
    public void onStart_registersWithJirasEvents_andOnStopUnregisters() {
        listener.onStart();
        listener.onStop();

        verify(eventPublisher).register(listener);
        verify(eventPublisher).unregister(listener);
    }

    @Test
    public void aTransitionOfAnIncident_isRecordedWithItsChangeGroup_andItsAuthor() {
        listener.onIssueEvent(event(issue("Incident", 10000L), 13L, 10500L, null));
        queue.shutdown();

        CapturedIssueEvent event = recorded.get(0);
        assertEquals("OPS-7", event.incident().key());
        assertEquals(Long.valueOf(10500L), event.changeGroupId());
        assertEquals("JIRAUSER10100", event.actorKey());
        assertEquals(Instant.parse("2026-11-20T14:02:00Z"), event.issueCreatedAt());
    }

    @Test
    public void hindsightsOwnIssueChanges_areNotRecordedAgain() {
        ownChanges.run(() -> {
            listener.onIssueEvent(event(issue("Incident", 10000L), 13L, 10500L, null));
            return null;
        });
        queue.shutdown();

        assertEquals(List.of(), recorded);
    }

    @Test
    public void otherIssueTypes_andProjectsHindsightIsOffFor_areIgnored() {
        listener.onIssueEvent(event(issue("Bug", 10000L), 13L, 10500L, null));
        listener.onIssueEvent(event(issue("Incident", 20000L), 13L, 10500L, null));
        queue.shutdown();

        assertEquals(List.of(), recorded);
    }

    @Test
    public void comments_areRecordedOnlyWhereTheProjectOptedIn() {
        Comment comment = mock(Comment.class);
        when(comment.getId()).thenReturn(31L);
        when(comment.getBody()).thenReturn("Rolled back 4.2");
        listener.onIssueEvent(event(issue("Incident", 10000L), 6L, null, comment));
        settings.storeEnabledProjects(Map.of(10000L, true));
        listener.onIssueEvent(event(issue("Incident", 10000L), 6L, null, comment));
        queue.shutdown();

        assertEquals(1, recorded.size());
        assertEquals("Rolled back 4.2", recorded.get(0).commentBody());
    }

    @Test
    public void theRequestThreadDoesNotWaitForTheTimeline() throws InterruptedException {
        CountDownLatch recording = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        doAnswer(call -> {
            recording.countDown();
            release.await(10, TimeUnit.SECONDS);
            return null;
        }).when(recorder).record(any());

        long started = System.nanoTime();
        listener.onIssueEvent(event(issue("Incident", 10000L), 13L, 10500L, null));
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertTrue("the recorder did run", recording.await(10, TimeUnit.SECONDS));
        assertTrue("onIssueEvent took " + tookMillis + " ms while the recorder was blocked", tookMillis < 1000);
        release.countDown();
    }

    @Test
    public void aFailingRecorder_orABrokenEvent_neverReachesJira() {
        doThrow(new IllegalStateException("database unavailable")).when(recorder).record(any());
        IssueEvent broken = mock(IssueEvent.class);
        when(broken.getIssue()).thenThrow(new IllegalStateException("no issue"));

        listener.onIssueEvent(event(issue("Incident", 10000L), 13L, 10500L, null));
        listener.onIssueEvent(broken);
        queue.shutdown();

        verify(recorder).record(any());
    }

    @Test
    public void anEventWithNothingToRecord_isNotQueued() {
        listener.onIssueEvent(event(issue("Incident", 10000L), 2L, null, null));
        queue.shutdown();

        verify(recorder, never()).record(any());
    }

    private static IssueEvent event(Issue issue, long eventTypeId, Long changeGroupId, Comment comment) {
        IssueEvent event = mock(IssueEvent.class);
        when(event.getIssue()).thenReturn(issue);
        when(event.getEventTypeId()).thenReturn(eventTypeId);
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn("JIRAUSER10100");
        when(event.getUser()).thenReturn(user);
        if (changeGroupId != null) {
            GenericValue changeLog = mock(GenericValue.class);
            when(changeLog.getLong("id")).thenReturn(changeGroupId);
            when(event.getChangeLog()).thenReturn(changeLog);
        }
        when(event.getComment()).thenReturn(comment);
        return event;
    }

    private static Issue issue(String typeName, long projectId) {
        Issue issue = mock(Issue.class);
        IssueType type = mock(IssueType.class);
        when(type.getName()).thenReturn(typeName);
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(projectId);
        when(project.getKey()).thenReturn("OPS");
        when(issue.getIssueType()).thenReturn(type);
        when(issue.getProjectObject()).thenReturn(project);
        when(issue.getId()).thenReturn(10042L);
        when(issue.getKey()).thenReturn("OPS-7");
        when(issue.getSummary()).thenReturn("Checkout returns 502");
        when(issue.getCreated()).thenReturn(Timestamp.from(Instant.parse("2026-11-20T14:02:00Z")));
        return issue;
    }
}
