package io.hindsight.jira.metrics;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import io.hindsight.metrics.MetricsService;
import io.hindsight.metrics.MetricsStore;
import io.hindsight.metrics.ProjectVisibility;
import io.hindsight.platform.CurrentUser;
import java.time.Clock;

/** {@link MetricsService} as a Jira-only component, on the system clock in UTC. */
@JiraComponent
public class JiraMetricsService extends MetricsService {

    public JiraMetricsService(MetricsStore store, ProjectVisibility visibility, CurrentUser currentUser) {
        super(store, visibility, currentUser, Clock.systemUTC());
    }
}
