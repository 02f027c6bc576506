package io.hindsight.jira;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import io.hindsight.incident.IncidentAccess;
import io.hindsight.incident.IncidentChanges;
import io.hindsight.incident.IncidentCreator;
import io.hindsight.incident.IncidentService;
import io.hindsight.incident.KeyInstantResolver;
import io.hindsight.incident.ResponsePolicyService;
import io.hindsight.platform.CurrentUser;
import java.time.Clock;

/** {@link IncidentService} as a Jira-only component, creating incidents as issues, on the system clock in UTC. */
@JiraComponent
public class JiraIncidentService extends IncidentService {

    public JiraIncidentService(IncidentAccess access, IncidentCreator creator, IncidentChanges changes,
            KeyInstantResolver resolver, ResponsePolicyService policies, CurrentUser currentUser) {
        super(access, creator, changes, resolver, policies, currentUser, Clock.systemUTC());
    }
}
