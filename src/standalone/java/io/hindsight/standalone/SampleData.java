package io.hindsight.standalone;

import static io.hindsight.timeline.TimelineEventKind.ALERT_FIRING;
import static io.hindsight.timeline.TimelineEventKind.ALERT_RESOLVED;
import static io.hindsight.timeline.TimelineEventKind.DECISION;
import static io.hindsight.timeline.TimelineEventKind.DEPLOY_FINISHED;
import static io.hindsight.timeline.TimelineEventKind.DEPLOY_STARTED;
import static io.hindsight.timeline.TimelineEventKind.FAILED_ATTEMPT;
import static io.hindsight.timeline.TimelineEventKind.NOTE;
import static io.hindsight.timeline.TimelineEventKind.PAGE_ACKNOWLEDGED;
import static io.hindsight.timeline.TimelineEventKind.PAGE_RESOLVED;
import static io.hindsight.timeline.TimelineEventKind.PAGE_TRIGGERED;
import static io.hindsight.timeline.TimelineEventKind.ROLLBACK;
import static io.hindsight.timeline.TimelineEventKind.STATUS_PAGE_UPDATE;

import io.hindsight.actionitem.ActionItemKind;
import io.hindsight.actionitem.ActionItemMirror;
import io.hindsight.actionitem.TrackedActionItem;
import io.hindsight.incident.ChangeSeverityCommand;
import io.hindsight.incident.DeadlineClock;
import io.hindsight.incident.DeclareIncidentCommand;
import io.hindsight.incident.ExcludeFromMetricsCommand;
import io.hindsight.incident.FlagPersonalDataBreachCommand;
import io.hindsight.incident.IncidentChanges;
import io.hindsight.incident.IncidentRef;
import io.hindsight.incident.IncidentTransition;
import io.hindsight.incident.KeyInstant;
import io.hindsight.incident.MeetDeadlineCommand;
import io.hindsight.incident.MetricsExclusion;
import io.hindsight.incident.PostmortemStatus;
import io.hindsight.incident.RecordPostmortemCommand;
import io.hindsight.incident.SetKeyInstantCommand;
import io.hindsight.incident.Severity;
import io.hindsight.incident.TransitionIncidentCommand;
import io.hindsight.metrics.IncidentCause;
import io.hindsight.metrics.IncidentCauses;
import io.hindsight.standalone.incidents.StandaloneIncidentDirectory;
import io.hindsight.timeline.AppendTimelineEventCommand;
import io.hindsight.timeline.TimelineEvent;
import io.hindsight.timeline.TimelineEventKind;
import io.hindsight.timeline.TimelineService;
import io.hindsight.timeline.TimelineSource;
import io.hindsight.timeline.TimelineStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.function.Function;

/**
 * Sample incidents for a first start, played through the same use cases a team would call, at the times they
 * happened: a resolved SEV-1 whose post-mortem is due 48 hours after its resolution (deploy, alerts, page, failed
 * attempt, rollback, recovery), an SEV-3 under investigation, and a personal-data breach in a project most users
 * cannot see; then, for the metrics, four incidents of the past weeks played from alert to resolution (one whose
 * severity changed, one a game day, one repeating an earlier cause) and their action items.
 */
final class SampleData {

    private static final String SAM = "u1002";
    private static final String ALEX = "u1001";
    private static final String OLGA = "u1004";
    private static final TimelineSource ALERTMANAGER = new TimelineSource("alertmanager");
    private static final TimelineSource PAGERDUTY = new TimelineSource("pagerduty");
    private static final TimelineSource DEPLOYS = new TimelineSource("deploy");

    private final StandaloneIncidentDirectory incidents;
    private final TimelineService timeline;
    private final TimelineStore store;
    private final ReplayClock replay = new ReplayClock();
    private final IncidentChanges changes;
    private final ActionItemMirror actionItems;
    private final IncidentCauses causes;

    /** @param changesOn the incident use cases on a given clock: the samples replay each step at its own time */
    SampleData(StandaloneIncidentDirectory incidents, TimelineService timeline, TimelineStore store,
            Function<Clock, IncidentChanges> changesOn, ActionItemMirror actionItems, IncidentCauses causes) {
        this.incidents = incidents;
        this.timeline = timeline;
        this.store = store;
        this.changes = changesOn.apply(replay);
        this.actionItems = actionItems;
        this.causes = causes;
    }

    /** Loads the samples unless the host already has incidents; returns whether it did. */
    boolean loadIfEmpty(Instant now) {
        if (!incidents.recent(1).isEmpty()) {
            return false;
        }
        // Resolved 29 h 20 min ago: its post-mortem is due in 18 h 40 min, inside the 24-hour due-soon window.
        checkoutOutage(now.minus(Duration.ofHours(30)).truncatedTo(ChronoUnit.MINUTES));
        searchLatency(now.minus(Duration.ofMinutes(50)).truncatedTo(ChronoUnit.MINUTES));
        credentialStuffing(now.minus(Duration.ofMinutes(20)).truncatedTo(ChronoUnit.MINUTES));
        pastIncidents(now.truncatedTo(ChronoUnit.DAYS));
        return true;
    }

    /**
     * Resolved incidents of the last weeks, each played from its first alert to resolution: MTTD from the alert to the
     * declaration, MTTA to the page acknowledgement, MTTR to the resolve transition. Their action items go to the
     * mirror the Jira listener feeds in production, their causes to the repeat matcher.
     */
    private void pastIncidents(Instant today) {
        Instant day21 = today.minus(Duration.ofDays(21)).plus(Duration.ofHours(9));
        IncidentRef dns = past("OPS", "Internal DNS resolver timeouts", Severity.SEV_2, day21, 7, 3, 95, true);
        at(day21, 60 * 26);
        changes.recordPostmortem(dns, ALEX, new RecordPostmortemCommand(
                "https://wiki.example.com/display/PM/DNS+resolver+timeouts", PostmortemStatus.PUBLISHED));
        Instant day14 = today.minus(Duration.ofDays(14)).plus(Duration.ofHours(14));
        IncidentRef pool = past("OPS", "Payments API 503s: connection pool exhausted", Severity.SEV_1, day14, 3, 2, 70,
                true);
        Instant day9 = today.minus(Duration.ofDays(9)).plus(Duration.ofHours(11));
        IncidentRef drill = past("OPS", "Game day: failover of the primary database", Severity.SEV_1, day9, 1, 1, 25,
                false);
        at(day9, 30);
        changes.excludeFromMetrics(drill, SAM, new ExcludeFromMetricsCommand(MetricsExclusion.GAME_DAY,
                "Planned failover drill; not a customer-facing incident."));
        Instant day4 = today.minus(Duration.ofDays(4)).plus(Duration.ofHours(16));
        IncidentRef checkout = past("OPS", "Checkout 5xx after pool size change", Severity.SEV_2, day4, 12, 6, 240,
                false);

        causes.record(new IncidentCause(dns.id(), dns.key(), "OPS", "dns", Set.of("capacity"),
                "Resolver cache too small for the new service mesh", day21));
        causes.record(new IncidentCause(pool.id(), pool.key(), "OPS", "payments-api", Set.of("config"),
                "Connection pool size lowered in a config change without load testing", day14));
        causes.record(new IncidentCause(checkout.id(), checkout.key(), "OPS", "payments-api", Set.of("deploy"),
                "Connection pool size lowered by a config change that skipped load testing", day4));

        item("OPS-101", dns, ALEX, day21.plus(Duration.ofDays(7)), day21.plus(Duration.ofDays(1)),
                day21.plus(Duration.ofDays(5)), ActionItemKind.SHORT_TERM);
        item("OPS-102", pool, SAM, day14.plus(Duration.ofDays(3)), day14.plus(Duration.ofDays(1)), null,
                ActionItemKind.IMMEDIATE);
        item("OPS-103", pool, ALEX, day14.plus(Duration.ofDays(30)), day14.plus(Duration.ofDays(1)), null,
                ActionItemKind.LONG_TERM);
        item("OPS-104", checkout, SAM, today.plus(Duration.ofDays(10)), day4.plus(Duration.ofDays(1)), null,
                ActionItemKind.PROCESS);
    }

    /**
     * One incident from alert to resolution: the alert fires at {@code impact} and reaches the on-call
     * {@code detectMinutes} later (set by hand, as a team does when the alert entry was imported afterwards), the page
     * is acknowledged {@code ackMinutes} after that, the incident declared two minutes later and resolved
     * {@code resolveMinutes} after declaration. With {@code escalated}, it is declared one level lower and raised ten
     * minutes in: the metrics count it at its final severity.
     */
    private IncidentRef past(String project, String summary, Severity severity, Instant impact, int detectMinutes,
            int ackMinutes, int resolveMinutes, boolean escalated) {
        IncidentRef incident = incidents.create(project, summary);
        add(incident, impact, 0, null, ALERT_FIRING, ALERTMANAGER, summary, null);
        Instant detected = impact.plus(Duration.ofMinutes(detectMinutes));
        add(incident, detected, ackMinutes, SAM, PAGE_ACKNOWLEDGED, PAGERDUTY, "Page acknowledged", null);
        Instant declared = detected.plus(Duration.ofMinutes(ackMinutes + 2L));
        at(declared, 0);
        Severity first = escalated ? Severity.values()[severity.ordinal() + 1] : severity;
        changes.adopt(incident, SAM, new DeclareIncidentCommand(project, summary, first, null, SAM, false, null));
        at(declared, 1);
        changes.setKeyInstant(incident, SAM, new SetKeyInstantCommand(KeyInstant.DETECTED, detected,
                "The alert reached the on-call then; its entry was imported later."));
        changes.transition(incident, SAM, new TransitionIncidentCommand(IncidentTransition.START_INVESTIGATION,
                "Investigating."));
        if (escalated) {
            at(declared, 10);
            changes.changeSeverity(incident, SAM, new ChangeSeverityCommand(severity, "Wider impact than first seen."));
        }
        at(declared, resolveMinutes);
        changes.transition(incident, SAM, new TransitionIncidentCommand(IncidentTransition.RESOLVE,
                "Service verified healthy."));
        return incident;
    }

    private void item(String key, IncidentRef incident, String owner, Instant due, Instant created, Instant closed,
            ActionItemKind kind) {
        actionItems.put(new TrackedActionItem(key, incident.id(), incident.key(), incident.projectKey(), owner, due,
                "High", kind, created, closed));
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
        at(t0, -1);
        changes.adopt(incident, SAM, new DeclareIncidentCommand("OPS", incident.summary(), Severity.SEV_1, null, SAM,
                false, null));
        at(t0, 0);
        changes.transition(incident, SAM, new TransitionIncidentCommand(IncidentTransition.START_INVESTIGATION,
                "More than 10% of checkout attempts fail; payments are affected."));
        add(incident, t0, 2, SAM, STATUS_PAGE_UPDATE, TimelineSource.MANUAL,
                "Status page: some customers cannot complete checkout; we are investigating", null);
        add(incident, t0, 4, SAM, NOTE, TimelineSource.MANUAL, "checkout-api logs: 'connection pool exhausted' on every pod",
                "Pool waits time out after 30 s; the load balancer answers 502 after 10 s.");
        TimelineEvent duplicate = add(incident, t0, 5, ALEX, NOTE, TimelineSource.MANUAL,
                "Secondary on-call paged as well", null);
        add(incident, t0, 6, SAM, FAILED_ATTEMPT, TimelineSource.MANUAL,
                "Restarted checkout-api pods; errors returned within 2 minutes", null);
        at(t0, 8);
        changes.meetDeadline(incident, SAM, new MeetDeadlineCommand(DeadlineClock.EXECUTIVE_NOTIFICATION, null,
                "VP Engineering and the CTO joined the incident bridge"));
        add(incident, t0, 9, SAM, DECISION, TimelineSource.MANUAL, "Roll back checkout-api to 2.40.3",
                "The pool size change is the only change in the window; rollback is quicker than a forward fix.");
        add(incident, t0, 10, SAM, ROLLBACK, DEPLOYS, "Rollback of checkout-api to 2.40.3 started",
                "https://ci.example.com/checkout-api/builds/8813");
        add(incident, t0, 14, SAM, DEPLOY_FINISHED, DEPLOYS, "checkout-api 2.40.3 running on all 12 pods", null);
        at(t0, 15);
        changes.transition(incident, SAM, new TransitionIncidentCommand(IncidentTransition.MITIGATE,
                "Rollback complete; the error rate is falling."));
        add(incident, t0, 17, null, ALERT_RESOLVED, ALERTMANAGER, "HighErrorRate checkout-api resolved", null);
        add(incident, t0, 18, null, ALERT_RESOLVED, ALERTMANAGER, "CheckoutLatencyP99 resolved", null);
        add(incident, t0, 20, null, PAGE_RESOLVED, PAGERDUTY, "Page resolved", null);
        at(t0, 30);
        store.hide(incident.id(), duplicate.id(),
                new TimelineEvent.Hidden(ALEX, replay.instant(), "Duplicate of the PagerDuty page entry"));
        add(incident, t0, 35, SAM, NOTE, TimelineSource.MANUAL,
                "Error rate at baseline for 15 minutes; the payment retry queue drained", null);
        at(t0, 40);
        changes.transition(incident, SAM, new TransitionIncidentCommand(IncidentTransition.RESOLVE,
                "Error rate at baseline; checkout verified end to end."));
        add(incident, t0, 42, SAM, STATUS_PAGE_UPDATE, TimelineSource.MANUAL, "Status page: resolved", null);
        at(t0, 60);
        changes.setKeyInstant(incident, SAM, new SetKeyInstantCommand(KeyInstant.DETECTED,
                t0.minus(Duration.ofMinutes(8)), "HighErrorRate fired then; its entry reached Hindsight later."));
        at(t0, 180);
        changes.recordPostmortem(incident, SAM, new RecordPostmortemCommand(
                "https://wiki.example.com/display/PM/OPS-1+Checkout+502s", PostmortemStatus.DRAFT));
    }

    private void searchLatency(Instant t0) {
        IncidentRef incident = incidents.create("OPS", "Search results slow for EU customers");
        add(incident, t0, 0, null, ALERT_FIRING, ALERTMANAGER, "SearchLatencyP95 above 800 ms in eu-west", null);
        at(t0, 6);
        changes.adopt(incident, SAM, new DeclareIncidentCommand("OPS", incident.summary(), Severity.SEV_3, null, SAM,
                false, null));
        at(t0, 7);
        changes.transition(incident, SAM, new TransitionIncidentCommand(IncidentTransition.START_INVESTIGATION,
                "Only eu-west, p95 only; search still answers."));
        add(incident, t0, 15, SAM, NOTE, TimelineSource.MANUAL, "Index shard 4 rebalancing since 10:05 UTC", null);
    }

    private void credentialStuffing(Instant t0) {
        IncidentRef incident = incidents.create("SEC", "Credential-stuffing attempts against the login API");
        add(incident, t0, 0, null, ALERT_FIRING, ALERTMANAGER, "LoginFailuresSpike: 40x baseline failed logins", null);
        at(t0, 4);
        changes.adopt(incident, OLGA, new DeclareIncidentCommand("SEC", incident.summary(), Severity.SEV_2, null, OLGA,
                false, null));
        at(t0, 5);
        changes.transition(incident, OLGA, new TransitionIncidentCommand(IncidentTransition.START_INVESTIGATION,
                "Blocking the attacking ranges at the edge."));
        at(t0, 12);
        changes.flagPersonalDataBreach(incident, OLGA, new FlagPersonalDataBreachCommand(null,
                "37 accounts were logged into from the attacking ranges; their profiles hold personal data."));
    }

    private void at(Instant t0, int minutes) {
        replay.set(t0.plus(Duration.ofMinutes(minutes)));
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

    /** The instant the samples are at: each step of an incident is played at the time it happened. */
    private static final class ReplayClock extends Clock {

        private Instant now = Instant.EPOCH;

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("Hindsight's clocks are UTC");
        }
    }
}
