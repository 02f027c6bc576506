package io.hindsight.jira.actionitem;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import io.hindsight.actionitem.ActionItemMirror;
import io.hindsight.actionitem.ActionItemSync;
import io.hindsight.jira.HindsightJiraSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the action-item mirror current as people work on the issues in Jira: resolved, reopened, reassigned, due date
 * moved, deleted. Only issues in projects where action items can live (Hindsight-enabled projects and the configured
 * action-item project) are looked up, one unique-key read each; what a missed event leaves behind, the nightly repair
 * ({@link JiraActionItemRepair}) corrects. Nothing it does can fail Jira's request.
 */
@JiraComponent
@ExportAsService(LifecycleAware.class)
public class JiraActionItemListener implements LifecycleAware {

    private static final Logger LOG = LoggerFactory.getLogger(JiraActionItemListener.class);

    private final EventPublisher eventPublisher;
    private final HindsightJiraSettings settings;
    private final ActionItemSync sync;

    public JiraActionItemListener(@JiraImport EventPublisher eventPublisher, HindsightJiraSettings settings,
            ActionItemMirror mirror) {
        this.eventPublisher = eventPublisher;
        this.settings = settings;
        this.sync = new ActionItemSync(mirror);
    }

    @Override
    public void onStart() {
        eventPublisher.register(this);
    }

    @Override
    public void onStop() {
        eventPublisher.unregister(this);
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        try {
            Issue issue = event.getIssue();
            if (issue == null || !mayHoldActionItems(issue.getProjectObject())) {
                return;
            }
            if (EventType.ISSUE_DELETED_ID.equals(event.getEventTypeId())) {
                sync.deleted(issue.getKey());
            } else {
                sync.apply(JiraActionItemIssues.of(issue));
            }
        } catch (RuntimeException unexpected) {
            LOG.warn("Hindsight could not update its copy of an action item; the nightly repair will", unexpected);
        }
    }

    private boolean mayHoldActionItems(Project project) {
        if (project == null) {
            return false;
        }
        return settings.isEnabled(project.getId())
                || settings.actionItemProjectKey().map(project.getKey()::equals).orElse(false);
    }
}
