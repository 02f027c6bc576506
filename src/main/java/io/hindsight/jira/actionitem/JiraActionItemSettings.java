package io.hindsight.jira.actionitem;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import io.hindsight.actionitem.ActionItemSettings;
import io.hindsight.actionitem.FollowUpSettings;
import io.hindsight.incident.IncidentRef;
import io.hindsight.jira.HindsightJiraSettings;

/**
 * Where action items go in Jira: the project an administrator set (PUT /admin/action-item-settings), or, until one is
 * set, the incident's own project; as Tasks labelled {@code postmortem}, linked "Action item".
 */
@JiraComponent
public class JiraActionItemSettings implements ActionItemSettings {

    private final HindsightJiraSettings settings;

    public JiraActionItemSettings(HindsightJiraSettings settings) {
        this.settings = settings;
    }

    @Override
    public FollowUpSettings forIncident(IncidentRef incident) {
        FollowUpSettings defaults = FollowUpSettings.inProject(
                settings.actionItemProjectKey().orElse(incident.projectKey()));
        return new FollowUpSettings(defaults.projectKey(),
                settings.actionItemIssueType().orElse(defaults.issueTypeName()), defaults.labels(),
                defaults.linkTypeName());
    }
}
