package io.hindsight.jira;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import io.hindsight.incident.BreachClaims;
import io.hindsight.incident.DeadlineJob;
import io.hindsight.incident.IncidentEvents;
import io.hindsight.incident.IncidentStateStore;
import io.hindsight.incident.Notifier;
import io.hindsight.incident.ResponsePolicyService;
import io.hindsight.platform.Transactions;
import java.time.Clock;

/** {@link DeadlineJob} as a Jira-only component, notifying by Jira mail, on the system clock in UTC. */
@JiraComponent
public class JiraDeadlineJob extends DeadlineJob {

    public JiraDeadlineJob(IncidentStateStore states, BreachClaims claims, IncidentEvents events, Notifier notifier,
            ResponsePolicyService policies, Transactions transactions) {
        super(states, claims, events, notifier, policies, transactions, Clock.systemUTC());
    }
}
