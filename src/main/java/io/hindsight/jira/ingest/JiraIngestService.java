package io.hindsight.jira.ingest;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import io.hindsight.incident.IncidentDirectory;
import io.hindsight.ingest.DeliveryRateLimiter;
import io.hindsight.ingest.IncidentClaims;
import io.hindsight.ingest.IncidentDeclarer;
import io.hindsight.ingest.IngestService;
import io.hindsight.ingest.IngestSourceStore;
import io.hindsight.ingest.RejectedDeliveryLog;
import io.hindsight.ingest.rest.JacksonPayloadParser;
import io.hindsight.timeline.TimelineService;
import java.time.Clock;

/**
 * {@link IngestService} as a Jira-only component, on the system clock in UTC. Its parser and rate limiter are made
 * here: neither has other users, and this component being a singleton keeps one set of buckets per node.
 */
@JiraComponent
public class JiraIngestService extends IngestService {

    public JiraIngestService(IngestSourceStore sources, RejectedDeliveryLog rejections, IncidentDirectory directory,
            IncidentClaims claims, IncidentDeclarer declarer, TimelineService timeline) {
        super(sources, rejections, directory, claims, declarer, timeline, new JacksonPayloadParser(),
                new DeliveryRateLimiter(), Clock.systemUTC());
    }
}
