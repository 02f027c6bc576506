package io.hindsight.jira.metrics;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import io.hindsight.metrics.MetricsStore;
import io.hindsight.metrics.RollupJob;
import java.time.Clock;

/** {@link RollupJob} as a Jira-only component, on the system clock in UTC. */
@JiraComponent
public class JiraRollupJob extends RollupJob {

    public JiraRollupJob(MetricsStore store) {
        super(store, Clock.systemUTC());
    }
}
