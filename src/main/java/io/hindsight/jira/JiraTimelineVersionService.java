package io.hindsight.jira;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import io.hindsight.incident.IncidentAccess;
import io.hindsight.timeline.TimelineVersionService;
import io.hindsight.timeline.TimelineVersions;

/** {@link TimelineVersionService} as a Jira-only component. */
@JiraComponent
public class JiraTimelineVersionService extends TimelineVersionService {

    public JiraTimelineVersionService(IncidentAccess access, TimelineVersions versions) {
        super(access, versions);
    }
}
