package io.hindsight.jira.timeline;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import io.hindsight.incident.ChangeSeverityCommand;
import io.hindsight.incident.DeclareIncidentCommand;
import io.hindsight.incident.IncidentChanges;
import io.hindsight.incident.IncidentRef;
import io.hindsight.incident.IncidentState;
import io.hindsight.incident.IncidentStatus;
import io.hindsight.incident.IncidentTransition;
import io.hindsight.incident.Severity;
import io.hindsight.incident.TransitionIncidentCommand;
import io.hindsight.jira.IncidentField;
import io.hindsight.jira.IncidentFieldValues;
import io.hindsight.platform.HindsightException;
import io.hindsight.timeline.TimelineEventKind;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings what people do to an incident on Jira's own screens into Hindsight's incident record: an issue created
 * with a severity is adopted, a workflow transition moves the lifecycle, a severity edit re-grades it. The domain
 * then writes the timeline entries itself, so the caller leaves out its own copy of the kinds returned here.
 *
 * <p>An Incident created without a severity is not adopted until a severity is set: its deadlines and whether it
 * needs a post-mortem depend on one, and guessing (too high pages executives, too low hides a SEV-1) would be worse.
 */
@JiraComponent
public class JiraIncidentSync {

    static final String REASON = "Changed in Jira";
    private static final Logger LOG = LoggerFactory.getLogger(JiraIncidentSync.class);

    private final IncidentChanges changes;
    private final IncidentFieldValues fieldValues;
    private final IssueManager issueManager;

    public JiraIncidentSync(IncidentChanges changes, IncidentFieldValues fieldValues,
            @JiraImport IssueManager issueManager) {
        this.changes = changes;
        this.fieldValues = fieldValues;
        this.issueManager = issueManager;
    }

    /** Adopts a newly created incident that has a severity; true when Hindsight now tracks it. */
    public boolean created(CapturedIssueEvent event) {
        return adopt(event.incident(), event.actorKey(), event.issueCreatedAt());
    }

    /**
     * Applies the status and severity items of one change group; returns the timeline kinds the domain recorded, which
     * the caller must not record again.
     */
    public Set<TimelineEventKind> changed(IncidentRef incident, String actorKey, List<ChangeItemBean> items,
            Map<IncidentField, String> fieldNames) {
        Set<TimelineEventKind> recorded = EnumSet.noneOf(TimelineEventKind.class);
        for (ChangeItemBean item : items) {
            try {
                if (isStatus(item) && transition(incident, actorKey, item.getToString())) {
                    recorded.add(TimelineEventKind.STATUS_CHANGED);
                } else if (Objects.equals(item.getField(), fieldNames.get(IncidentField.SEVERITY))
                        && regrade(incident, actorKey, item.getToString())) {
                    recorded.add(TimelineEventKind.SEVERITY_CHANGED);
                }
            } catch (HindsightException refused) {
                // Jira already made the change; the domain disagreeing is worth a warning, never a failed event.
                LOG.warn("Hindsight did not take {}'s change of {} to '{}': {}", incident.key(), item.getField(),
                        item.getToString(), refused.getMessage());
            }
        }
        return recorded;
    }

    private boolean transition(IncidentRef incident, String actorKey, String jiraStatus) {
        Optional<IncidentStatus> target = Arrays.stream(IncidentStatus.values())
                .filter(status -> status.label().equalsIgnoreCase(Objects.requireNonNullElse(jiraStatus, "").strip()))
                .findFirst();
        Optional<IncidentState> state = tracked(incident);
        if (target.isEmpty() || state.isEmpty() || state.get().status() == target.get()) {
            return false;
        }
        IncidentStatus from = state.get().status();
        Optional<IncidentTransition> transition = Arrays.stream(IncidentTransition.values())
                .filter(candidate -> candidate.isAllowedFrom(from) && candidate.to() == target.get())
                .findFirst();
        if (transition.isEmpty()) {
            LOG.warn("{} moved in Jira from {} to {}, which the incident lifecycle has no transition for",
                    incident.key(), from.label(), target.get().label());
            return false;
        }
        changes.transition(incident, actorKey, new TransitionIncidentCommand(transition.get(), REASON));
        return true;
    }

    private boolean regrade(IncidentRef incident, String actorKey, String jiraValue) {
        Optional<Severity> severity = Arrays.stream(Severity.values())
                .filter(level -> level.code().equalsIgnoreCase(Objects.requireNonNullElse(jiraValue, "").strip()))
                .findFirst();
        if (severity.isEmpty()) {
            return false;
        }
        if (tracked(incident).isEmpty()) {
            // The severity this incident lacked when it was created: now it can be adopted.
            return adopt(incident, actorKey, null);
        }
        changes.changeSeverity(incident, actorKey, new ChangeSeverityCommand(severity.get(), REASON));
        return true;
    }

    private boolean adopt(IncidentRef incident, String actorKey, Instant createdAt) {
        MutableIssue issue = issueManager.getIssueObject(incident.key());
        Optional<Severity> severity = issue == null ? Optional.empty() : fieldValues.severity(issue);
        if (severity.isEmpty()) {
            return false;
        }
        DeclareIncidentCommand declaration = new DeclareIncidentCommand(incident.projectKey(), issue.getSummary(),
                severity.get(), fieldValues.impactStarted(issue).orElse(null),
                fieldValues.commander(issue).map(ApplicationUser::getKey).orElse(null),
                fieldValues.personalDataBreach(issue).orElse(false), createdAt);
        changes.adopt(incident, actorKey, declaration, "Declared in Jira");
        return true;
    }

    private Optional<IncidentState> tracked(IncidentRef incident) {
        try {
            return Optional.of(changes.find(incident));
        } catch (io.hindsight.platform.NotFoundException untracked) {
            return Optional.empty();
        }
    }

    private static boolean isStatus(ChangeItemBean item) {
        return "jira".equalsIgnoreCase(item.getFieldType())
                && "status".equals(Objects.requireNonNullElse(item.getField(), "").toLowerCase(Locale.ROOT));
    }
}
