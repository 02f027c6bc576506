package io.hindsight.jira;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import io.hindsight.incident.IncidentChanges;
import io.hindsight.incident.IncidentEvents;
import io.hindsight.incident.IncidentMirror;
import io.hindsight.incident.IncidentStateStore;
import io.hindsight.incident.KeyInstantResolver;
import io.hindsight.incident.ResponsePolicyService;
import io.hindsight.platform.Transactions;
import java.time.Clock;

/** {@link IncidentChanges} as a Jira-only component, mirrored onto the issue, on the system clock in UTC. */
@JiraComponent
public class JiraIncidentChanges extends IncidentChanges {

    public JiraIncidentChanges(IncidentStateStore states, IncidentEvents events, KeyInstantResolver resolver,
            ResponsePolicyService policies, IncidentMirror mirror, Transactions transactions) {
        super(states, events, resolver, policies, mirror, transactions, Clock.systemUTC());
    }
}
