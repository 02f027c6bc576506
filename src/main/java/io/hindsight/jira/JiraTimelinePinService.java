package io.hindsight.jira;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import io.hindsight.incident.IncidentAccess;
import io.hindsight.platform.CurrentUser;
import io.hindsight.timeline.TimelinePinService;
import io.hindsight.timeline.TimelinePins;
import io.hindsight.timeline.TimelineStore;
import java.time.Clock;

/** {@link TimelinePinService} as a Jira-only component, on the system clock in UTC. */
@JiraComponent
public class JiraTimelinePinService extends TimelinePinService {

    public JiraTimelinePinService(IncidentAccess access, TimelineStore store, TimelinePins pins,
            CurrentUser currentUser) {
        super(access, store, pins, currentUser, Clock.systemUTC());
    }
}
