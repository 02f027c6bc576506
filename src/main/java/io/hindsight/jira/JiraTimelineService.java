package io.hindsight.jira;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import io.hindsight.incident.IncidentAccess;
import io.hindsight.platform.CurrentUser;
import io.hindsight.timeline.TimelineService;
import io.hindsight.timeline.TimelineStore;
import java.time.Clock;

/** {@link TimelineService} as a Jira-only component, on the system clock in UTC. */
@JiraComponent
public class JiraTimelineService extends TimelineService {

    public JiraTimelineService(IncidentAccess access, TimelineStore store, CurrentUser currentUser) {
        super(access, store, currentUser, Clock.systemUTC());
    }
}
