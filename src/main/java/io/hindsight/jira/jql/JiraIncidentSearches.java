package io.hindsight.jira.jql;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import io.hindsight.actionitem.ActionItemMirror;
import io.hindsight.incident.IncidentDirectory;
import io.hindsight.incident.IncidentStateStore;
import io.hindsight.metrics.IncidentSearches;
import io.hindsight.metrics.ProjectVisibility;
import java.time.Clock;

/** {@link IncidentSearches} as a Jira-only component, on the system clock in UTC. */
@JiraComponent
public class JiraIncidentSearches extends IncidentSearches {

    public JiraIncidentSearches(ActionItemMirror actionItems, IncidentStateStore states, IncidentDirectory incidents,
            ProjectVisibility visibility) {
        super(actionItems, states, incidents, visibility, Clock.systemUTC());
    }
}
