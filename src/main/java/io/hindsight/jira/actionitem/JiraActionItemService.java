package io.hindsight.jira.actionitem;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import io.hindsight.actionitem.ActionItemMirror;
import io.hindsight.actionitem.ActionItemService;
import io.hindsight.actionitem.ActionItemSettings;
import io.hindsight.actionitem.ActionItemTracker;
import io.hindsight.incident.IncidentAccess;
import io.hindsight.platform.CurrentUser;
import io.hindsight.timeline.TimelineService;
import java.time.Clock;

/** {@link ActionItemService} as a Jira-only component, on the system clock in UTC. */
@JiraComponent
public class JiraActionItemService extends ActionItemService {

    public JiraActionItemService(IncidentAccess access, ActionItemTracker tracker, ActionItemSettings settings,
            ActionItemMirror mirror, TimelineService timeline, CurrentUser currentUser) {
        super(access, tracker, settings, mirror, timeline, currentUser, Clock.systemUTC());
    }
}
