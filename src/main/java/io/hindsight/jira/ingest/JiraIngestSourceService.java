package io.hindsight.jira.ingest;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import io.hindsight.ingest.IngestSourceService;
import io.hindsight.ingest.IngestSourceStore;
import io.hindsight.ingest.RejectedDeliveryLog;
import io.hindsight.platform.CurrentUser;
import java.time.Clock;

/** {@link IngestSourceService} as a Jira-only component, on the system clock in UTC. */
@JiraComponent
public class JiraIngestSourceService extends IngestSourceService {

    public JiraIngestSourceService(IngestSourceStore store, RejectedDeliveryLog rejections, CurrentUser currentUser) {
        super(store, rejections, currentUser, Clock.systemUTC());
    }
}
