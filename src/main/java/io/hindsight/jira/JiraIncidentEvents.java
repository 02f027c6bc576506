package io.hindsight.jira;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import io.hindsight.incident.IncidentEvents;
import io.hindsight.timeline.TimelineService;

/** {@link IncidentEvents} as a Jira-only component. */
@JiraComponent
public class JiraIncidentEvents extends IncidentEvents {

    public JiraIncidentEvents(TimelineService timeline) {
        super(timeline);
    }
}
