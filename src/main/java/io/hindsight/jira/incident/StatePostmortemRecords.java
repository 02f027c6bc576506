package io.hindsight.jira.incident;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import io.hindsight.incident.IncidentRef;
import io.hindsight.incident.IncidentState;
import io.hindsight.incident.IncidentStateStore;
import io.hindsight.jira.PostmortemRecords;

/** Whether a post-mortem is published, as the incident's stored state records it; untracked incidents have none. */
@JiraComponent
public class StatePostmortemRecords implements PostmortemRecords {

    private final IncidentStateStore states;

    public StatePostmortemRecords(IncidentStateStore states) {
        this.states = states;
    }

    @Override
    public boolean isPublished(IncidentRef incident) {
        return states.find(incident.id()).map(IncidentState::hasPublishedPostmortem).orElse(false);
    }
}
