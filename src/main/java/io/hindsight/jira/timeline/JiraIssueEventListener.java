package io.hindsight.jira.timeline;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import io.hindsight.incident.IncidentRef;
import io.hindsight.jira.HindsightJiraSettings;
import io.hindsight.jira.JiraIncidentDirectory;
import io.hindsight.jira.incident.OwnIssueChanges;
import java.time.Instant;
import java.util.Optional;
import org.ofbiz.core.entity.GenericValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts what happens to Incident issues in projects Hindsight is on for onto their timelines: the declaration, status,
 * assignee and Hindsight-field changes, and comments where the project records them. It only takes note on Jira's
 * request thread and leaves the writing to {@link TimelineRecordingQueue}; nothing it does can fail Jira's request.
 */
@JiraComponent
@ExportAsService(LifecycleAware.class)
public class JiraIssueEventListener implements LifecycleAware {

    private static final Logger LOG = LoggerFactory.getLogger(JiraIssueEventListener.class);

    private final EventPublisher eventPublisher;
    private final HindsightJiraSettings settings;
    private final IssueEventRecorder recorder;
    private final TimelineRecordingQueue queue;
    private final OwnIssueChanges ownChanges;

    public JiraIssueEventListener(@JiraImport EventPublisher eventPublisher, HindsightJiraSettings settings,
            IssueEventRecorder recorder, TimelineRecordingQueue queue, OwnIssueChanges ownChanges) {
        this.eventPublisher = eventPublisher;
        this.settings = settings;
        this.recorder = recorder;
        this.queue = queue;
        this.ownChanges = ownChanges;
    }

    @Override
    public void onStart() {
        eventPublisher.register(this);
    }

    @Override
    public void onStop() {
        eventPublisher.unregister(this);
        queue.shutdown();
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        try {
            capture(event).ifPresent(captured -> queue.submit(captured, () -> recorder.record(captured)));
        } catch (RuntimeException unexpected) {
            LOG.warn("Hindsight could not take note of an issue event; it is not on the timeline", unexpected);
        }
    }

    /** What to record of the event, read from the objects Jira hands over; empty when it is none of Hindsight's. */
    Optional<CapturedIssueEvent> capture(IssueEvent event) {
        // Hindsight's own issue changes are on the timeline already, written by the incident domain that made them.
        if (ownChanges.inProgress()) {
            return Optional.empty();
        }
        Issue issue = event.getIssue();
        if (issue == null || !isIncident(issue.getIssueType())) {
            return Optional.empty();
        }
        Project project = issue.getProjectObject();
        if (project == null || !settings.isEnabled(project.getId())) {
            return Optional.empty();
        }
        boolean created = EventType.ISSUE_CREATED_ID.equals(event.getEventTypeId());
        GenericValue changeLog = event.getChangeLog();
        Long changeGroupId = changeLog == null ? null : changeLog.getLong("id");
        Comment comment = settings.recordsComments(project.getId()) ? event.getComment() : null;
        if (!created && changeGroupId == null && comment == null) {
            return Optional.empty();
        }
        ApplicationUser user = event.getUser();
        Instant issueCreatedAt = issue.getCreated() == null ? null : issue.getCreated().toInstant();
        return Optional.of(new CapturedIssueEvent(
                new IncidentRef(issue.getId(), issue.getKey(), project.getKey(), issue.getSummary()),
                event.getEventTypeId(), user == null ? null : user.getKey(), issueCreatedAt, changeGroupId,
                comment == null ? null : comment.getId(), comment == null ? null : comment.getBody()));
    }

    private static boolean isIncident(IssueType type) {
        return type != null && JiraIncidentDirectory.INCIDENT_ISSUE_TYPE.equals(type.getName());
    }
}
