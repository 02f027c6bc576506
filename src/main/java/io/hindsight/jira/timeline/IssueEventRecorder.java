package io.hindsight.jira.timeline;

import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import io.hindsight.jira.IncidentField;
import io.hindsight.jira.IncidentFieldValues;
import io.hindsight.timeline.AppendTimelineEventCommand;
import io.hindsight.timeline.TimelineEventKind;
import io.hindsight.timeline.TimelineService;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the timeline entries of one captured issue event, on the recording thread: it is the part that reads Jira's
 * change history and the database, which the request thread must not wait for.
 */
@JiraComponent
public class IssueEventRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(IssueEventRecorder.class);

    private final TimelineService timeline;
    private final ChangeHistoryManager changeHistory;
    private final IncidentFieldValues fieldValues;
    private final UserManager userManager;
    private final JiraIncidentSync sync;

    public IssueEventRecorder(TimelineService timeline, @JiraImport ChangeHistoryManager changeHistory,
            IncidentFieldValues fieldValues, @JiraImport("jiraUserManager") UserManager userManager,
            JiraIncidentSync sync) {
        this.timeline = timeline;
        this.changeHistory = changeHistory;
        this.fieldValues = fieldValues;
        this.userManager = userManager;
        this.sync = sync;
    }

    public void record(CapturedIssueEvent event) {
        // An adopted incident gets its "declared" entry from the incident domain, with its severity and deadlines.
        if (EventType.ISSUE_CREATED_ID.equals(event.eventTypeId()) && !sync.created(event)) {
            timeline.record(event.incident(), event.actorKey(), IssueEventEntries.declared(event));
        }
        if (event.changeGroupId() != null) {
            recordChanges(event);
        }
        if (event.commentId() != null) {
            ApplicationUser author = event.actorKey() == null ? null : userManager.getUserByKey(event.actorKey());
            timeline.record(event.incident(), event.actorKey(),
                    IssueEventEntries.comment(event, author == null ? null : author.getDisplayName()));
        }
    }

    private void recordChanges(CapturedIssueEvent event) {
        ChangeHistory changes = changeHistory.getChangeHistoryById(event.changeGroupId());
        if (changes == null) {
            LOG.warn("Jira has no change group {} for {}; its changes are not on the timeline",
                    event.changeGroupId(), event.incident().key());
            return;
        }
        Map<IncidentField, String> fieldNames = fieldNames();
        String actorKey = Objects.requireNonNullElse(changes.getAuthorKey(), event.actorKey());
        Set<TimelineEventKind> recordedByDomain =
                sync.changed(event.incident(), actorKey, changes.getChangeItemBeans(), fieldNames);
        List<AppendTimelineEventCommand> entries = IssueEventEntries.changes(event.changeGroupId(),
                changes.getTimePerformed() == null ? null : changes.getTimePerformed().toInstant(),
                changes.getChangeItemBeans(), fieldNames);
        entries.stream().filter(entry -> !recordedByDomain.contains(entry.kind()))
                .forEach(entry -> timeline.record(event.incident(), actorKey, entry));
    }

    private Map<IncidentField, String> fieldNames() {
        Map<IncidentField, String> names = new EnumMap<>(IncidentField.class);
        for (IncidentField field : IncidentField.values()) {
            fieldValues.field(field).map(CustomField::getName).ifPresent(name -> names.put(field, name));
        }
        return names;
    }
}
