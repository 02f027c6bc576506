package io.hindsight.metrics;

import static io.hindsight.incident.IncidentStates.anIncident;

import io.hindsight.actionitem.ActionItemKind;
import io.hindsight.actionitem.ActionItemMirror;
import io.hindsight.actionitem.TrackedActionItem;
import io.hindsight.incident.DeadlineClock;
import io.hindsight.incident.IncidentRef;
import io.hindsight.incident.IncidentState;
import io.hindsight.incident.IncidentStateStore;
import io.hindsight.incident.IncidentStates;
import io.hindsight.incident.IncidentStatus;
import io.hindsight.incident.KeyInstant;
import io.hindsight.incident.MetricsExclusion;
import io.hindsight.incident.PostmortemStatus;
import io.hindsight.incident.Severity;
import io.hindsight.timeline.TimelineEventKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Hand-computed metrics test data: six counted OPS incidents in June 2026 (one unresolved, one without alerts, one
 * whose severity changed from SEV-1 to SEV-2, one with a backdated impact start), a game day and a cancelled false
 * alarm (excluded), an incident of a project the caller may not see, and one declared before the period. The expected
 * figures are worked out in the comments of {@code AoMetricsStoreContract}.
 */
public final class MetricsFixture {

    public static final Instant T0 = Instant.parse("2026-06-01T10:00:00Z");
    public static final Instant FROM = Instant.parse("2026-06-01T00:00:00Z");
    public static final Instant TO = Instant.parse("2026-07-01T00:00:00Z");
    public static final Instant NOW = Instant.parse("2026-07-15T00:00:00Z");
    public static final Set<String> VISIBLE = Set.of("OPS");

    public static final IncidentRef A1 = ref(1, "OPS-1", "OPS");
    public static final IncidentRef A2 = ref(2, "OPS-2", "OPS");
    public static final IncidentRef A3 = ref(3, "OPS-3", "OPS");
    public static final IncidentRef A4 = ref(4, "OPS-4", "OPS");
    public static final IncidentRef A5 = ref(5, "OPS-5", "OPS");
    public static final IncidentRef A6 = ref(6, "OPS-6", "OPS");
    public static final IncidentRef GAME_DAY = ref(7, "OPS-7", "OPS");
    public static final IncidentRef CANCELLED = ref(8, "OPS-8", "OPS");
    public static final IncidentRef HIDDEN = ref(9, "SEC-1", "SEC");
    public static final IncidentRef BEFORE = ref(10, "OPS-0", "OPS");

    private static final long BASE_ID = 700_000L;

    private MetricsFixture() {
    }

    public static MetricsFilter filter() {
        return new MetricsFilter(VISIBLE, FROM, TO, null, NOW);
    }

    private static IncidentRef ref(long n, String key, String project) {
        return new IncidentRef(BASE_ID + n, key, project, "Fixture incident " + key);
    }

    private static Instant min(Instant from, long minutes) {
        return from.plus(Duration.ofMinutes(minutes));
    }

    public static void load(IncidentStateStore states, ActionItemMirror actionItems, IncidentCauses causes) {
        Instant d1 = T0.plus(Duration.ofDays(1));
        Instant d2 = T0.plus(Duration.ofDays(2));
        Instant d3 = T0.plus(Duration.ofDays(3));
        Instant d4 = T0.plus(Duration.ofDays(4));
        Instant d28 = T0.plus(Duration.ofDays(28));
        // A1 SEV-1: MTTD 4m, MTTA 2m, MTTR 116m; post-mortem published a day after resolution (due in 48 h): on time.
        Instant a1Resolved = min(T0, 120);
        states.insert(resolved(A1, Severity.SEV_1, T0, T0, min(T0, 4), min(T0, 6), a1Resolved)
                .withDeadline(DeadlineClock.POSTMORTEM, a1Resolved, Duration.ofHours(48), a1Resolved.plus(Duration.ofDays(1)))
                .withPostmortem(PostmortemStatus.PUBLISHED, a1Resolved.plus(Duration.ofDays(1))).build());
        // A2 SEV-1: MTTD 10m, MTTA 10m, MTTR 300m; published 72 h after resolution: late.
        Instant a2Resolved = min(d1, 310);
        states.insert(resolved(A2, Severity.SEV_1, d1, d1, min(d1, 10), min(d1, 20), a2Resolved)
                .withDeadline(DeadlineClock.POSTMORTEM, a2Resolved, Duration.ofHours(48), a2Resolved.plus(Duration.ofHours(72)))
                .withPostmortem(PostmortemStatus.PUBLISHED, a2Resolved.plus(Duration.ofHours(72))).build());
        // A3 declared SEV-1, changed to SEV-2 after 30 minutes: counts as SEV-2, its current and final severity.
        // MTTD 2m, MTTA 1m, MTTR 60m; post-mortem never published, due long ago: late.
        Instant a3Resolved = min(d2, 62);
        states.insert(resolved(A3, Severity.SEV_2, d2, d2, min(d2, 2), min(d2, 3), a3Resolved)
                .withSeveritySince(min(d2, 30))
                .withDeadline(DeadlineClock.POSTMORTEM, a3Resolved, Duration.ofDays(7), null).build());
        // A4 SEV-2 without alerts: impact start unknown, detected at declaration; MTTA 5m, MTTR 180m; post-mortem due
        // after NOW: pending.
        Instant a4Resolved = min(d28, 180);
        states.insert(anIncident().on(A4).withSeverity(Severity.SEV_2).declaredAt(d28)
                .with(KeyInstant.DETECTED, d28, 1, TimelineEventKind.DECLARED)
                .with(KeyInstant.ACKNOWLEDGED, min(d28, 5), 2, TimelineEventKind.NOTE)
                .resolvedAt(a4Resolved, a4Resolved)
                .withDeadline(DeadlineClock.POSTMORTEM, a4Resolved, Duration.ofDays(20), null).build());
        // A5 SEV-3 unresolved and never acknowledged: MTTD 6m; MTTA unknown; open, so no MTTR.
        states.insert(anIncident().on(A5).withSeverity(Severity.SEV_3).declaredAt(d3).in(IncidentStatus.INVESTIGATING)
                .with(KeyInstant.IMPACT_STARTED, d3, 1, TimelineEventKind.ALERT_FIRING)
                .with(KeyInstant.DETECTED, min(d3, 6), 1, TimelineEventKind.ALERT_FIRING).build());
        // A6 SEV-2 with the impact start backdated by hand two hours before detection: MTTD 120m, MTTA 4m, MTTR 30m;
        // published within its deadline.
        Instant a6Resolved = min(d4, 30);
        states.insert(resolved(A6, Severity.SEV_2, d4, null, d4, min(d4, 4), a6Resolved)
                .with(KeyInstant.IMPACT_STARTED, min(d4, -120), 5, TimelineEventKind.KEY_INSTANT)
                .withDeadline(DeadlineClock.POSTMORTEM, a6Resolved, Duration.ofDays(7), a6Resolved.plus(Duration.ofDays(2)))
                .withPostmortem(PostmortemStatus.PUBLISHED, a6Resolved.plus(Duration.ofDays(2))).build());
        // Excluded: a game day and a false alarm; left out of every figure but "excluded".
        states.insert(resolved(GAME_DAY, Severity.SEV_1, d2, d2, min(d2, 50), min(d2, 51), min(d2, 600))
                .excludedAs(MetricsExclusion.GAME_DAY).build());
        states.insert(anIncident().on(CANCELLED).withSeverity(Severity.SEV_2).declaredAt(d3)
                .in(IncidentStatus.CANCELLED).build());
        // Not visible to the caller, and declared before the period: in no figure at all.
        states.insert(resolved(HIDDEN, Severity.SEV_1, d1, d1, min(d1, 1), min(d1, 1), min(d1, 2)).build());
        Instant may = Instant.parse("2026-05-20T10:00:00Z");
        states.insert(resolved(BEFORE, Severity.SEV_1, may, may, min(may, 1), min(may, 1), min(may, 2)).build());

        // Action items: I1 closed in 10 days; I2 closed after 40; I3 open 42 days (late, overdue); I4 open 16 days
        // (pending, due after NOW); I5 on the game day and I6 of the hidden project count for nothing.
        actionItems.put(item("OPS-101", A1, "u-alice", d1.plus(Duration.ofDays(7)), d1, d1.plus(Duration.ofDays(10))));
        actionItems.put(item("OPS-102", A1, "u-bob", d1.plus(Duration.ofDays(7)), d1, d1.plus(Duration.ofDays(40))));
        actionItems.put(item("OPS-103", A2, "u-alice", T0.plus(Duration.ofDays(10)), d2, null));
        actionItems.put(item("OPS-104", A6, "u-bob", Instant.parse("2026-07-20T00:00:00Z"),
                Instant.parse("2026-06-29T00:00:00Z"), null));
        actionItems.put(item("OPS-105", GAME_DAY, "u-carol", d4, d3, null));
        actionItems.put(item("SEC-101", HIDDEN, "u-dave", d4, d2, null));

        // Causes: A6 repeats A1 (same service; root causes share 5 of 7 words); A3 is another service.
        causes.record(new IncidentCause(A1.id(), A1.key(), "OPS", "Checkout", Set.of("config"),
                "Bad feature flag config for the payment provider", T0));
        causes.record(new IncidentCause(A3.id(), A3.key(), "OPS", "search", Set.of("config"),
                "Index rebuild saturated the cluster", d2));
        causes.record(new IncidentCause(A6.id(), A6.key(), "OPS", "checkout", Set.of("capacity"),
                "The feature flag config for the payment provider was wrong", d4));
    }

    private static IncidentStates resolved(IncidentRef ref, Severity severity, Instant declared, Instant impact,
            Instant detected, Instant acked, Instant resolvedAt) {
        IncidentStates state = anIncident().on(ref).withSeverity(severity).declaredAt(declared)
                .with(KeyInstant.DETECTED, detected, 1, TimelineEventKind.ALERT_FIRING)
                .with(KeyInstant.ACKNOWLEDGED, acked, 2, TimelineEventKind.PAGE_ACKNOWLEDGED)
                .resolvedAt(resolvedAt, resolvedAt);
        return impact == null ? state : state.with(KeyInstant.IMPACT_STARTED, impact, 1, TimelineEventKind.ALERT_FIRING);
    }

    private static TrackedActionItem item(String key, IncidentRef incident, String owner, Instant due, Instant created,
            Instant closed) {
        return new TrackedActionItem(key, incident.id(), incident.key(), incident.projectKey(), owner, due, "High",
                ActionItemKind.SHORT_TERM, created, closed);
    }
}
