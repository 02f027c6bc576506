package io.hindsight.metrics.ao;

import static io.hindsight.metrics.MetricsFixture.NOW;
import static io.hindsight.metrics.MetricsFixture.VISIBLE;
import static io.hindsight.metrics.MetricsFixture.filter;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.hindsight.actionitem.ao.AoActionItemMirror;
import io.hindsight.incident.IncidentState;
import io.hindsight.incident.MetricsExclusion;
import io.hindsight.incident.Severity;
import io.hindsight.incident.ao.AoIncidentStateStore;
import io.hindsight.metrics.ActionItemAging;
import io.hindsight.metrics.ActionItemLine;
import io.hindsight.metrics.DurationFigure;
import io.hindsight.metrics.Figure;
import io.hindsight.metrics.MetricsFixture;
import io.hindsight.metrics.MetricsReport;
import io.hindsight.metrics.OwnerLoad;
import io.hindsight.metrics.Page;
import io.hindsight.metrics.ShareFigure;
import io.hindsight.standalone.ao.EntityManagerActiveObjects;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * The metrics of {@link MetricsFixture}, worked out by hand, on a real database; each subclass names one with
 * {@code @Jdbc}. Counted incidents: OPS-1..OPS-6. Durations in minutes, sorted:
 * MTTD 2, 4, 6, 10, 120 (OPS-4 unknown: no alert); MTTA 1, 2, 4, 5, 10 (OPS-5 never acknowledged);
 * MTTR 30, 60, 116, 180, 300 (OPS-5 open). PERCENTILE_CONT(0.9) of five values sits 60% of the way from the fourth
 * to the fifth.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(MetricsDatabaseUpdater.class)
public abstract class AoMetricsStoreContract {

    private EntityManager entityManager;
    private AoMetricsStore store;
    private AoIncidentStateStore states;

    @Before
    public void loadFixture() {
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(entityManager);
        store = new AoMetricsStore(ao);
        states = new AoIncidentStateStore(ao);
        MetricsFixture.load(states, new AoActionItemMirror(ao), new AoIncidentCauses(ao));
    }

    @Test
    public void report_countsOnlyVisibleIncludedIncidentsOfThePeriod() {
        MetricsReport report = store.report(filter());

        assertEquals(6, report.incidents());
        assertEquals(1, report.open());
        assertEquals(2, report.excluded());
    }

    @Test
    public void durations_areMediansAndP90sOverTheMeasuredIncidents() {
        List<DurationFigure> all = allSeverities(store.report(filter()));

        assertDuration(all.get(0), Figure.MTTD, 5, 1, minutes(6), minutes(76));
        assertDuration(all.get(1), Figure.MTTA, 5, 1, minutes(4), minutes(8));
        assertDuration(all.get(2), Figure.MTTR, 5, 1, minutes(116), minutes(252));
    }

    @Test
    public void durations_perSeverity_countAChangedSeverityAsItsFinalOne() {
        List<DurationFigure> sev2 = store.report(filter()).durations().stream()
                .filter(figure -> "SEV-2".equals(figure.severity())).toList();

        // OPS-3 (SEV-1 then SEV-2), OPS-4, OPS-6: MTTD 2 and 120 (OPS-4 unknown); MTTR 60, 180, 30.
        assertDuration(sev2.get(0), Figure.MTTD, 2, 1, minutes(61), Duration.ofSeconds((long) ((2 + 0.9 * 118) * 60)));
        assertDuration(sev2.get(2), Figure.MTTR, 3, 0, minutes(60), Duration.ofSeconds((long) ((60 + 0.8 * 120) * 60)));
    }

    @Test
    public void severityFilter_limitsEveryFigure() {
        MetricsReport report = store.report(filter().withSeverity(Severity.SEV_1));

        assertEquals(2, report.incidents());
        assertDuration(allSeverities(report).get(0), Figure.MTTD, 2, 0, minutes(7), Duration.ofSeconds((long) (9.4 * 60)));
    }

    @Test
    public void postmortemCompletion_countsPendingDeadlinesApart() {
        ShareFigure postmortems = store.report(filter()).postmortems();

        assertEquals(2, postmortems.met());
        assertEquals(2, postmortems.missed());
        assertEquals(1, postmortems.pending());
        assertEquals(0.5, postmortems.share(), 1e-9);
    }

    @Test
    public void actionItemClosure_andAging_leaveOutExcludedAndHiddenIncidents() {
        MetricsReport report = store.report(filter());

        assertEquals(new ShareFigure(Figure.ACTION_ITEM_CLOSED_IN_TIME, 1, 2, 1), report.actionItems());
        assertEquals(new ActionItemAging(0, 1, 1, 0), report.aging());
    }

    @Test
    public void repeats_matchSameServiceAndSimilarCause() {
        ShareFigure repeats = store.report(filter()).repeats();

        assertEquals(1, repeats.met());
        assertEquals(2, repeats.missed());
        assertEquals(3, repeats.pending());
        assertEquals(List.of("OPS-6"), store.trace(Figure.REPEAT, filter(), null, 10).items());
    }

    @Test
    public void trace_listsTheIncidentsBehindEachFigure() {
        assertEquals(List.of("OPS-4"), store.trace(Figure.MTTD_UNKNOWN, filter(), null, 10).items());
        assertEquals(List.of("OPS-5"), store.trace(Figure.OPEN, filter(), null, 10).items());
        assertEquals(List.of("OPS-7", "OPS-8"), store.trace(Figure.EXCLUDED, filter(), null, 10).items());
        assertEquals(List.of("OPS-2", "OPS-3"), store.trace(Figure.POSTMORTEM_LATE, filter(), null, 10).items());
        assertEquals(List.of("OPS-102", "OPS-103"),
                store.trace(Figure.ACTION_ITEM_LATE, filter(), null, 10).items());
    }

    @Test
    public void actionItems_pageWithACursor() {
        Page<ActionItemLine> first = store.actionItems(VISIBLE, null, false, NOW, null, 2);
        Page<ActionItemLine> second = store.actionItems(VISIBLE, null, false, NOW, first.next(), 2);

        assertEquals(List.of("OPS-104"), second.items().stream().map(ActionItemLine::issueKey).toList());
        assertNull(second.next());
    }

    @Test
    public void trace_pagesWithACursor() {
        Page<String> first = store.trace(Figure.INCIDENTS, filter(), null, 4);
        Page<String> second = store.trace(Figure.INCIDENTS, filter(), first.next(), 4);

        assertEquals(List.of("OPS-1", "OPS-2", "OPS-3", "OPS-4"), first.items());
        assertEquals(List.of("OPS-5", "OPS-6"), second.items());
        assertNull(second.next());
    }

    @Test
    public void nothingVisible_countsNothing() {
        MetricsReport report = store.report(new io.hindsight.metrics.MetricsFilter(Set.of(), MetricsFixture.FROM,
                MetricsFixture.TO, null, NOW));

        assertEquals(0, report.incidents());
        assertNull(allSeverities(report).get(0).median());
    }

    @Test
    public void actionItems_listOpenOnesOverdueFirst_gameDaysIncluded() {
        // A game day's action items are real work: only the metrics leave them out.
        Page<ActionItemLine> items = store.actionItems(VISIBLE, null, false, NOW, null, 10);

        assertEquals(List.of("OPS-105", "OPS-103", "OPS-104"),
                items.items().stream().map(ActionItemLine::issueKey).toList());
        assertTrue(items.items().get(1).overdue());
        assertFalse(items.items().get(2).overdue());
        assertEquals(List.of("OPS-105", "OPS-103"), store.actionItems(VISIBLE, null, true, NOW, null, 10).items().stream()
                .map(ActionItemLine::issueKey).toList());
        assertEquals(List.of("OPS-104"), store.actionItems(VISIBLE, "u-bob", false, NOW, null, 10).items().stream()
                .map(ActionItemLine::issueKey).toList());
    }

    @Test
    public void owners_sortByOverdue() {
        List<OwnerLoad> owners = store.owners(VISIBLE, NOW, 10);

        assertEquals(List.of(new OwnerLoad("u-alice", 1, 1, 1), new OwnerLoad("u-carol", 1, 1, 0),
                new OwnerLoad("u-bob", 1, 0, 1)), owners);
    }

    @Test
    public void incrementalRefresh_equalsAFullRebuild() {
        store.rebuildRollups();
        IncidentState a3 = states.find(MetricsFixture.A3.id()).orElseThrow();
        states.update(a3.nextVersion().withSeverity(Severity.SEV_1, a3.declaredAt()));
        IncidentState a6 = states.find(MetricsFixture.A6.id()).orElseThrow();
        states.update(a6.nextVersion().withExclusion(MetricsExclusion.MAINTENANCE));
        IncidentState a5 = states.find(MetricsFixture.A5.id()).orElseThrow();
        states.update(a5.nextVersion().withIncident(new io.hindsight.incident.IncidentRef(a5.incidentId(), "OPS-5",
                "OPS", a5.incident().summary())));

        store.refreshRollups();
        List<?> incremental = daily();
        store.rebuildRollups();

        assertEquals(daily(), incremental);
        assertTrue(incremental.size() >= 6);
    }

    @Test
    public void refresh_withNoChanges_rewritesNothing() {
        store.rebuildRollups();

        assertEquals(0, store.refreshRollups());
    }

    @Test
    @NonTransactional
    public void claimRollupRun_letsOneClaimantThrough() {
        String key = "rollup:test-" + System.nanoTime();

        assertTrue(store.claimRollupRun(key, NOW));
        assertFalse(store.claimRollupRun(key, NOW));
    }

    private List<?> daily() {
        return new ArrayList<>(store.daily(Set.of("OPS", "SEC"), LocalDate.parse("2026-05-01"),
                LocalDate.parse("2026-07-01")));
    }

    private static List<DurationFigure> allSeverities(MetricsReport report) {
        return report.durations().stream().filter(figure -> figure.severity() == null).toList();
    }

    private static Duration minutes(long value) {
        return Duration.ofMinutes(value);
    }

    private static void assertDuration(DurationFigure actual, Figure figure, long measured, long unmeasured,
            Duration median, Duration p90) {
        assertEquals(figure, actual.figure());
        assertEquals(figure + " measured", measured, actual.measured());
        assertEquals(figure + " unmeasured", unmeasured, actual.unmeasured());
        assertEquals(figure + " median", median, actual.median());
        assertEquals(figure + " p90", p90, actual.p90());
    }
}
