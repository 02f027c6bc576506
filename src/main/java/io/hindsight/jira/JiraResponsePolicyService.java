package io.hindsight.jira;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import io.hindsight.incident.ResponsePolicyService;
import io.hindsight.incident.ResponsePolicyStore;
import io.hindsight.platform.CurrentUser;
import java.time.Clock;

/** {@link ResponsePolicyService} as a Jira-only component, on the system clock in UTC. */
@JiraComponent
public class JiraResponsePolicyService extends ResponsePolicyService {

    public JiraResponsePolicyService(ResponsePolicyStore store, CurrentUser currentUser) {
        super(store, currentUser, Clock.systemUTC());
    }
}
