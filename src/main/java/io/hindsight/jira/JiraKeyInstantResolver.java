package io.hindsight.jira;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import io.hindsight.incident.KeyInstantResolver;
import io.hindsight.timeline.TimelineStore;

/** {@link KeyInstantResolver} as a Jira-only component. */
@JiraComponent
public class JiraKeyInstantResolver extends KeyInstantResolver {

    public JiraKeyInstantResolver(TimelineStore timeline) {
        super(timeline);
    }
}
