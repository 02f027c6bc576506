package io.hindsight.jira.ingest;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import io.hindsight.incident.IncidentChanges;
import io.hindsight.incident.IncidentCreator;
import io.hindsight.incident.IncidentStateStore;
import io.hindsight.ingest.LifecycleIncidentDeclarer;

/** {@link LifecycleIncidentDeclarer} as a Jira-only component, creating incidents as issues. */
@JiraComponent
public class JiraLifecycleIncidentDeclarer extends LifecycleIncidentDeclarer {

    public JiraLifecycleIncidentDeclarer(IncidentCreator creator, IncidentChanges changes, IncidentStateStore states) {
        super(creator, changes, states);
    }
}
