package io.hindsight.postmortem;

import static io.hindsight.postmortem.ActionItems.anActionItem;
import static io.hindsight.postmortem.TimelineEvents.anEvent;

import io.hindsight.incident.IncidentRef;
import io.hindsight.timeline.TimelineEvent;
import io.hindsight.timeline.TimelineEventKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Test data: post-mortem inputs, from a bare minimum to a realistic SEV-1. */
public final class PostmortemInputs {

    public static final String PRIYA = "JIRAUSER10101";
    public static final String MAREK = "JIRAUSER10102";
    public static final String LENA = "JIRAUSER10103";
    public static final String SAM = "JIRAUSER10104";
    public static final String TOMAS = "JIRAUSER10105";

    private IncidentRef incident = new IncidentRef(4821, "INC-4821", "INC", "Checkout payments failing");
    private PostmortemSeverity severity = PostmortemSeverity.SEV_2;
    private String incidentStatus = "Resolved";
    private PostmortemStatus status = PostmortemStatus.DRAFT;
    private IncidentPeople people = IncidentPeople.nobody();
    private KeyInstants keyInstants = KeyInstants.none();
    private Impact impact = Impact.unrecorded();
    private List<TimelineEvent> timeline = new ArrayList<>();
    private List<ActionItem> actionItems = new ArrayList<>();
    private List<RelatedIncident> related = new ArrayList<>();
    private String fullTimelineUrl;

    private PostmortemInputs() {
    }

    /** The least an input can hold: an incident, a severity and a status. */
    public static PostmortemInputs aPostmortemInput() {
        return new PostmortemInputs();
    }

    /** A payments outage with a config change as trigger, a failed attempt, a rollback and five action items. */
    public static PostmortemInputs aRealisticSev1() {
        List<TimelineEvent> timeline = realisticTimeline();
        return aPostmortemInput()
                .forIncident("INC-4821", "Checkout payments failing for EU card customers")
                .withSeverity(PostmortemSeverity.SEV_1)
                .withPeople(new IncidentPeople(person(PRIYA, "Priya Raman"), person(MAREK, "Marek Nowak"),
                        List.of(person(LENA, "Lena Fischer"), person(TOMAS, "Tomás Ruiz")),
                        List.of(person(PRIYA, "Priya Raman"), person(MAREK, "Marek Nowak"),
                                person(SAM, "Sam Okafor"), person(LENA, "Lena Fischer"))))
                .withTimeline(timeline)
                .withKeyInstant(KeyMoment.IMPACT_STARTED, event(timeline, 4))
                .withKeyInstant(KeyMoment.DETECTED, event(timeline, 5))
                .withKeyInstant(KeyMoment.ACKNOWLEDGED, event(timeline, 12))
                .withKeyInstant(KeyMoment.MITIGATED, event(timeline, 27))
                .withKeyInstant(KeyMoment.RESOLVED, event(timeline, 34))
                .withImpact(new Impact("About 18% of EU card checkouts failed (41,200 attempts)",
                        List.of("payments-api", "checkout-web"), "€212,000 in delayed or lost orders (estimate)",
                        "Checkout availability SLO 99.9%: 64% of the 30-day error budget used"))
                .withActionItem(anActionItem().withId("AI-1")
                        .saying("Validate timeout values in the configuration pipeline before rollout")
                        .ownedBy(SAM).due("2026-03-21").withPriority(ActionItemPriority.HIGH)
                        .ofType(ActionItemType.SHORT_TERM).trackedIn("OPS-311").build())
                .withActionItem(anActionItem().withId("AI-2")
                        .saying("Alert on the card authorisation failure ratio per card network")
                        .ownedBy(PRIYA).due("2026-03-18").withPriority(ActionItemPriority.HIGHEST)
                        .ofType(ActionItemType.IMMEDIATE).trackedIn("OPS-312").build())
                .withActionItem(anActionItem().withId("AI-3")
                        .saying("Roll configuration changes out region by region with automatic halt")
                        .ownedBy(MAREK).due("2026-04-30").withPriority(ActionItemPriority.MEDIUM)
                        .ofType(ActionItemType.LONG_TERM).build())
                .withActionItem(anActionItem().withId("AI-4")
                        .saying("Add the configuration rollback steps to the payments runbook")
                        .ownedBy(null).due(null).withPriority(ActionItemPriority.MEDIUM)
                        .ofType(ActionItemType.PROCESS).build())
                .withActionItem(anActionItem().withId("AI-5")
                        .saying("Review timeout defaults in the shared HTTP client library")
                        .ownedBy(LENA).due("2026-04-10").withPriority(ActionItemPriority.LOW)
                        .ofType(ActionItemType.SHORT_TERM).build())
                .withRelated(new RelatedIncident("INC-4310", "Card authorisations timing out after network change",
                        Instant.parse("2025-11-02T16:40:00Z"),
                        "Same service (payments-api) and cause (timeout configuration)"))
                .withFullTimelineUrl("https://jira.example.com/browse/INC-4821?page=hindsight-timeline");
    }

    private static List<TimelineEvent> realisticTimeline() {
        String grafana = "https://grafana.example.com/d/payments?from=1773478800000&to=1773485000000";
        Object[][] rows = {
                {"2026-03-14T08:58:10Z", TimelineEventKind.DEPLOY_STARTED, "jenkins", SAM,
                        "payments-api 2026.03.14-1 to eu-west-1", "https://ci.example.com/job/payments-api/912/"},
                {"2026-03-14T09:01:42Z", TimelineEventKind.DEPLOY_FINISHED, "jenkins", SAM,
                        "payments-api 2026.03.14-1 live in eu-west-1", "https://ci.example.com/job/payments-api/912/"},
                {"2026-03-14T09:10:05Z", TimelineEventKind.CONFIG_CHANGED, "consul", SAM,
                        "payments-api card-network timeout 3000 ms → 300 ms", "https://consul.example.com/ui/kv/payments"},
                {"2026-03-14T09:11:00Z", TimelineEventKind.NOTE, "manual", PRIYA,
                        "Card-network latency p99 is 410 ms during the EU morning peak", grafana},
                {"2026-03-14T09:11:30Z", TimelineEventKind.KEY_INSTANT, "manual", PRIYA,
                        "Impact started: first card authorisation timeouts in payments-api logs", grafana},
                {"2026-03-14T09:12:03Z", TimelineEventKind.ALERT_FIRING, "alertmanager", null,
                        "HighErrorRate payments-api: 5xx ratio 7.2% > 5%", grafana},
                {"2026-03-14T09:12:33Z", TimelineEventKind.ALERT_FIRING, "alertmanager", null,
                        "CheckoutConversionDrop checkout-web: conversion −31%", grafana},
                {"2026-03-14T09:13:03Z", TimelineEventKind.ALERT_FIRING, "alertmanager", null,
                        "HighLatency payments-api: p99 2.9 s > 1 s", grafana},
                {"2026-03-14T09:13:40Z", TimelineEventKind.PAGE_TRIGGERED, "pagerduty", null,
                        "Page: payments-api HighErrorRate (primary on-call)", "https://pd.example.com/incidents/Q1X"},
                {"2026-03-14T09:14:10Z", TimelineEventKind.ALERT_FIRING, "alertmanager", null,
                        "HighErrorRate payments-api: 5xx ratio 18.4% > 5%", grafana},
                {"2026-03-14T09:15:00Z", TimelineEventKind.COMMENT, "jira", null,
                        "Support: 40 customer chats about failed card payments in 10 minutes", null},
                {"2026-03-14T09:16:00Z", TimelineEventKind.PAGE_ESCALATED, "pagerduty", null,
                        "Page escalated to secondary on-call after 2 min without acknowledgement",
                        "https://pd.example.com/incidents/Q1X"},
                {"2026-03-14T09:16:58Z", TimelineEventKind.PAGE_ACKNOWLEDGED, "pagerduty", PRIYA,
                        "Page acknowledged", "https://pd.example.com/incidents/Q1X"},
                {"2026-03-14T09:19:20Z", TimelineEventKind.DECLARED, "jira", PRIYA,
                        "Incident declared as SEV-2", null},
                {"2026-03-14T09:21:45Z", TimelineEventKind.COMMANDER_CHANGED, "jira", PRIYA,
                        "Incident commander: Marek Nowak", null},
                {"2026-03-14T09:24:10Z", TimelineEventKind.SEVERITY_CHANGED, "jira", MAREK,
                        "SEV-2 → SEV-1: more than 10% of EU checkouts failing", null},
                {"2026-03-14T09:26:00Z", TimelineEventKind.STATUS_PAGE_UPDATE, "manual", MAREK,
                        "Status page: investigating failed card payments in Europe",
                        "https://status.example.com/incidents/8812"},
                {"2026-03-14T09:31:12Z", TimelineEventKind.NOTE, "manual", PRIYA,
                        "Errors are timeouts to the card network, not 5xx from the network itself", grafana},
                {"2026-03-14T09:38:05Z", TimelineEventKind.FAILED_ATTEMPT, "manual", SAM,
                        "Restarted payments-api pods in eu-west-1; timeouts continued", grafana},
                {"2026-03-14T09:44:30Z", TimelineEventKind.DEPLOY_STARTED, "jenkins", SAM,
                        "Rollback of payments-api to 2026.03.13-4 started", "https://ci.example.com/job/payments-api/913/"},
                {"2026-03-14T09:49:02Z", TimelineEventKind.DEPLOY_FINISHED, "jenkins", SAM,
                        "payments-api 2026.03.13-4 live; timeouts continued", "https://ci.example.com/job/payments-api/913/"},
                {"2026-03-14T09:49:30Z", TimelineEventKind.FAILED_ATTEMPT, "manual", MAREK,
                        "Code rollback did not change the error rate", grafana},
                {"2026-03-14T09:52:40Z", TimelineEventKind.DECISION, "manual", MAREK,
                        "Revert the card-network timeout in Consul rather than wait for a hotfix", null},
                {"2026-03-14T09:55:00Z", TimelineEventKind.ALERT_FIRING, "alertmanager", null,
                        "ErrorBudgetBurn checkout: 14x burn rate", grafana},
                {"2026-03-14T09:56:00Z", TimelineEventKind.STATUS_PAGE_UPDATE, "manual", MAREK,
                        "Status page: cause identified, fix in progress", "https://status.example.com/incidents/8812"},
                {"2026-03-14T10:03:30Z", TimelineEventKind.CONFIG_CHANGED, "consul", PRIYA,
                        "payments-api card-network timeout 300 ms → 3000 ms", "https://consul.example.com/ui/kv/payments"},
                {"2026-03-14T10:04:00Z", TimelineEventKind.ROLLBACK, "manual", PRIYA,
                        "Configuration rollback applied to all payments-api instances", null},
                {"2026-03-14T10:05:12Z", TimelineEventKind.KEY_INSTANT, "manual", MAREK,
                        "Mitigated: authorisation success rate back to 99.6%", grafana},
                {"2026-03-14T10:07:00Z", TimelineEventKind.ALERT_RESOLVED, "alertmanager", null,
                        "HighErrorRate payments-api resolved", grafana},
                {"2026-03-14T10:07:30Z", TimelineEventKind.ALERT_RESOLVED, "alertmanager", null,
                        "HighLatency payments-api resolved", grafana},
                {"2026-03-14T10:09:00Z", TimelineEventKind.ALERT_RESOLVED, "alertmanager", null,
                        "CheckoutConversionDrop checkout-web resolved", grafana},
                {"2026-03-14T10:10:00Z", TimelineEventKind.PAGE_RESOLVED, "pagerduty", null,
                        "Page resolved", "https://pd.example.com/incidents/Q1X"},
                {"2026-03-14T10:30:00Z", TimelineEventKind.STATUS_PAGE_UPDATE, "manual", MAREK,
                        "Status page: monitoring; card payments working normally", "https://status.example.com/incidents/8812"},
                {"2026-03-14T10:45:00Z", TimelineEventKind.NOTE, "manual", LENA,
                        "Reconciliation job confirms no duplicate charges", null},
                {"2026-03-14T10:47:00Z", TimelineEventKind.STATUS_CHANGED, "jira", MAREK,
                        "Status: Mitigated → Resolved", null},
        };
        List<TimelineEvent> timeline = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            Object[] row = rows[i];
            TimelineEvents event = anEvent().withId(1000 + i).at((String) row[0])
                    .ofKind((TimelineEventKind) row[1]).from((String) row[2]).by((String) row[3])
                    .saying((String) row[4]).withEvidence((String) row[5]);
            if (i == 4) {
                event.recordedAt("2026-03-14T11:02:00Z");
            }
            timeline.add(event.build());
        }
        return timeline;
    }

    private static TimelineEvent event(List<TimelineEvent> timeline, int index) {
        return timeline.get(index);
    }

    private static Person person(String userKey, String name) {
        return new Person(userKey, name);
    }

    public PostmortemInputs forIncident(String key, String summary) {
        this.incident = new IncidentRef(incident.id(), key, key.substring(0, Math.max(1, key.indexOf('-'))), summary);
        return this;
    }

    public PostmortemInputs withSeverity(PostmortemSeverity value) {
        this.severity = value;
        return this;
    }

    public PostmortemInputs withIncidentStatus(String value) {
        this.incidentStatus = value;
        return this;
    }

    public PostmortemInputs withStatus(PostmortemStatus value) {
        this.status = value;
        return this;
    }

    public PostmortemInputs withPeople(IncidentPeople value) {
        this.people = value;
        return this;
    }

    public PostmortemInputs withKeyInstant(KeyMoment moment, TimelineEvent source) {
        this.keyInstants = keyInstants.with(moment, KeyInstant.from(source));
        return this;
    }

    public PostmortemInputs withKeyInstant(KeyMoment moment, Instant at) {
        this.keyInstants = keyInstants.with(moment, new KeyInstant(at, null));
        return this;
    }

    public PostmortemInputs withImpact(Impact value) {
        this.impact = value;
        return this;
    }

    public PostmortemInputs withTimeline(List<TimelineEvent> value) {
        this.timeline = new ArrayList<>(value);
        return this;
    }

    public PostmortemInputs withEvent(TimelineEvent event) {
        this.timeline.add(event);
        return this;
    }

    public PostmortemInputs withActionItem(ActionItem item) {
        this.actionItems.add(item);
        return this;
    }

    public PostmortemInputs withActionItems(List<ActionItem> items) {
        this.actionItems = new ArrayList<>(items);
        return this;
    }

    public PostmortemInputs withRelated(RelatedIncident value) {
        this.related.add(value);
        return this;
    }

    public PostmortemInputs withFullTimelineUrl(String value) {
        this.fullTimelineUrl = value;
        return this;
    }

    public PostmortemInput build() {
        return new PostmortemInput(incident, severity, incidentStatus, status, people, keyInstants, impact, timeline,
                actionItems, related, fullTimelineUrl);
    }
}
