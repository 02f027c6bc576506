package io.hindsight.standalone;

import static io.hindsight.timeline.TimelineEventKind.ALERT_FIRING;
import static io.hindsight.timeline.TimelineEventKind.ALERT_RESOLVED;
import static io.hindsight.timeline.TimelineEventKind.DECISION;
import static io.hindsight.timeline.TimelineEventKind.DECLARED;
import static io.hindsight.timeline.TimelineEventKind.DEPLOY_FINISHED;
import static io.hindsight.timeline.TimelineEventKind.DEPLOY_STARTED;
import static io.hindsight.timeline.TimelineEventKind.FAILED_ATTEMPT;
import static io.hindsight.timeline.TimelineEventKind.NOTE;
import static io.hindsight.timeline.TimelineEventKind.PAGE_ACKNOWLEDGED;
import static io.hindsight.timeline.TimelineEventKind.PAGE_RESOLVED;
import static io.hindsight.timeline.TimelineEventKind.PAGE_TRIGGERED;
import static io.hindsight.timeline.TimelineEventKind.ROLLBACK;
import static io.hindsight.timeline.TimelineEventKind.SEVERITY_CHANGED;
import static io.hindsight.timeline.TimelineEventKind.STATUS_CHANGED;
import static io.hindsight.timeline.TimelineEventKind.STATUS_PAGE_UPDATE;

import io.hindsight.incident.IncidentRef;
import io.hindsight.standalone.incidents.StandaloneIncidentDirectory;
import io.hindsight.timeline.AppendTimelineEventCommand;
import io.hindsight.timeline.TimelineEvent;
import io.hindsight.timeline.TimelineEventKind;
import io.hindsight.timeline.TimelineService;
import io.hindsight.timeline.TimelineSource;
import io.hindsight.timeline.TimelineStore;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Sample incidents for a first start: a resolved SEV-1 whose timeline reads like a real one (deploy, alerts,
 * page, failed attempt, rollback, recovery), an open SEV-3, and one incident in a project most users cannot see.
 */
final class SampleData {

    private static final String SAM = "u1002";
    private static final String ALEX = "u1001";
    private static final TimelineSource ALERTMANAGER = new TimelineSource("alertmanager");
    private static final TimelineSource PAGERDUTY = new TimelineSource("pagerduty");
    private static final TimelineSource DEPLOYS = new TimelineSource("deploy");

    private final StandaloneIncidentDirectory incidents;
    private final TimelineService timeline;
    private final TimelineStore store;

    SampleData(StandaloneIncidentDirectory incidents, TimelineService timeline, TimelineStore store) {
        this.incidents = incidents;
        this.timeline = timeline;
        this.store = store;
    }

    /** Loads the samples unless the host already has incidents; returns whether it did. */
    boolean loadIfEmpty(Instant now) {
        if (!incidents.recent(1).isEmpty()) {
            return false;
        }
        checkoutOutage(now.minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS));
        searchLatency(now.minus(Duration.ofMinutes(50)).truncatedTo(ChronoUnit.MINUTES));
        IncidentRef secret = incidents.create("SEC", "Credential-stuffing attempts against the login API");
        add(secret, now, -5, null, ALERT_FIRING, ALERTMANAGER, "LoginFailuresSpike: 40x baseline failed logins", null);
        return true;
    }

    private void checkoutOutage(Instant t0) {
        IncidentRef incident = incidents.create("OPS", "Checkout API returned 502s after a connection-pool config change");
        add(incident, t0, -12, SAM, DEPLOY_STARTED, DEPLOYS, "checkout-api 2.41.0 deploy started (pool size 50 -> 5)",
                "https://ci.example.com/checkout-api/builds/8812");
        add(incident, t0, -9, SAM, DEPLOY_FINISHED, DEPLOYS, "checkout-api 2.41.0 running on all 12 pods", null);
        add(incident, t0, -8, null, ALERT_FIRING, ALERTMANAGER, "HighErrorRate checkout-api: 23% of requests answer 5xx",
                "https://grafana.example.com/d/checkout?from=now-1h");
        add(incident, t0, -7, null, ALERT_FIRING, ALERTMANAGER, "CheckoutLatencyP99 above 2 s for 5 minutes", null);
        add(incident, t0, -6, null, PAGE_TRIGGERED, PAGERDUTY, "Paged primary on-call for checkout-api", null);
        add(incident, t0, -3, SAM, PAGE_ACKNOWLEDGED, PAGERDUTY, "Page acknowledged", null);
        add(incident, t0, -1, SAM, DECLARED, TimelineSource.JIRA, "Incident declared", null);
        add(incident, t0, 0, SAM, SEVERITY_CHANGED, TimelineSource.JIRA, "Severity set to SEV-1",
                "More than 10% of checkout attempts fail; payments are affected.");
        add(incident, t0, 2, SAM, STATUS_PAGE_UPDATE, TimelineSource.MANUAL,
                "Status page: some customers cannot complete checkout; we are investigating", null);
        add(incident, t0, 4, SAM, NOTE, TimelineSource.MANUAL, "checkout-api logs: 'connection pool exhausted' on every pod",
                "Pool waits time out after 30 s; the load balancer answers 502 after 10 s.");
        TimelineEvent duplicate = add(incident, t0, 5, ALEX, NOTE, TimelineSource.MANUAL,
                "Secondary on-call paged as well", null);
        add(incident, t0, 6, SAM, FAILED_ATTEMPT, TimelineSource.MANUAL,
                "Restarted checkout-api pods; errors returned within 2 minutes", null);
        add(incident, t0, 9, SAM, DECISION, TimelineSource.MANUAL, "Roll back checkout-api to 2.40.3",
                "The pool size change is the only change in the window; rollback is quicker than a forward fix.");
        add(incident, t0, 10, SAM, ROLLBACK, DEPLOYS, "Rollback of checkout-api to 2.40.3 started",
                "https://ci.example.com/checkout-api/builds/8813");
        add(incident, t0, 14, SAM, DEPLOY_FINISHED, DEPLOYS, "checkout-api 2.40.3 running on all 12 pods", null);
        add(incident, t0, 15, SAM, STATUS_CHANGED, TimelineSource.JIRA, "Status: Investigating -> Mitigated", null);
        add(incident, t0, 17, null, ALERT_RESOLVED, ALERTMANAGER, "HighErrorRate checkout-api resolved", null);
        add(incident, t0, 18, null, ALERT_RESOLVED, ALERTMANAGER, "CheckoutLatencyP99 resolved", null);
        add(incident, t0, 20, null, PAGE_RESOLVED, PAGERDUTY, "Page resolved", null);
        add(incident, t0, 35, SAM, NOTE, TimelineSource.MANUAL,
                "Error rate at baseline for 15 minutes; the payment retry queue drained", null);
        add(incident, t0, 40, SAM, STATUS_CHANGED, TimelineSource.JIRA, "Status: Mitigated -> Resolved", null);
        add(incident, t0, 42, SAM, STATUS_PAGE_UPDATE, TimelineSource.MANUAL, "Status page: resolved", null);
        store.hide(incident.id(), duplicate.id(),
                new TimelineEvent.Hidden(ALEX, t0.plus(Duration.ofMinutes(30)), "Duplicate of the PagerDuty page entry"));
    }

    private void searchLatency(Instant t0) {
        IncidentRef incident = incidents.create("OPS", "Search results slow for EU customers");
        add(incident, t0, 0, null, ALERT_FIRING, ALERTMANAGER, "SearchLatencyP95 above 800 ms in eu-west", null);
        add(incident, t0, 6, SAM, DECLARED, TimelineSource.JIRA, "Incident declared", null);
        add(incident, t0, 7, SAM, SEVERITY_CHANGED, TimelineSource.JIRA, "Severity set to SEV-3", null);
        add(incident, t0, 15, SAM, NOTE, TimelineSource.MANUAL, "Index shard 4 rebalancing since 10:05 UTC", null);
    }

    private TimelineEvent add(IncidentRef incident, Instant t0, int minutes, String actor, TimelineEventKind kind,
            TimelineSource source, String summary, String linkOrDetails) {
        boolean isLink = linkOrDetails != null && linkOrDetails.startsWith("https://");
        AppendTimelineEventCommand command = new AppendTimelineEventCommand(
                t0.plus(Duration.ofMinutes(minutes)), kind, source, summary,
                isLink ? null : linkOrDetails, isLink ? linkOrDetails : null,
                "sample-" + incident.key() + "-" + minutes + "-" + kind.code());
        return timeline.record(incident, actor, command).event();
    }
}
