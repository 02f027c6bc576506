package io.hindsight.incident;

import static io.hindsight.incident.IncidentTestbed.START;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;

import io.hindsight.platform.NotFoundException;
import io.hindsight.timeline.NewTimelineEvents;
import io.hindsight.timeline.TimelineEventKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

/** The trusted entry points host listeners and validators use: adoption, checks, refreshes, and the mirror. */
public class IncidentChangesTest {

    private static final IncidentRef OPS_9 = new IncidentRef(20_009L, "OPS-9", "OPS", "Created in Jira's own dialog");
    private static final DeclareIncidentCommand SEV_2 = new DeclareIncidentCommand("OPS", "Created in Jira's own dialog",
            Severity.SEV_2, null, null, false, null);

    private final IncidentTestbed bed = new IncidentTestbed();

    @Test
    public void adopt_tracksAHostIncidentCreatedElsewhere_andTellsTheMirror() {
        IncidentState adopted = bed.changes.adopt(OPS_9, "u-jira-user", SEV_2);

        assertEquals(OPS_9, adopted.incident());
        assertEquals(1, adopted.version());
        assertEquals(adopted, bed.states.find(OPS_9.id()).orElseThrow());
        assertEquals(1, bed.mirror.changes().size());
        assertNull(bed.mirror.changes().get(0).before());
        assertEquals(adopted, bed.mirror.changes().get(0).after());
    }

    @Test
    public void adopt_isIdempotent_soAListenerAndTheDeclaringRequestMayBothCallIt() {
        IncidentState first = bed.changes.adopt(OPS_9, "u-jira-user", SEV_2);
        bed.clock.advance(Duration.ofMinutes(1));

        IncidentState second = bed.changes.adopt(OPS_9, "u-listener", SEV_2);

        assertEquals(first, second);
        assertEquals(1, bed.timelineOf(OPS_9).size());
        assertEquals(1, bed.mirror.changes().size());
    }

    @Test
    public void adopt_thatLosesTheInsertRace_returnsTheWinnersState() {
        IncidentState winner = new IncidentState(OPS_9, 1, Severity.SEV_1, START, IncidentStatus.DECLARED, START,
                "u-winner", 1, "u-winner", KeyInstants.none(), null, null, Deadlines.none());
        IncidentStateStore racing = new IncidentStateStore() {
            private boolean inserted;

            @Override
            public Optional<IncidentState> find(long incidentId) {
                return bed.states.find(incidentId);
            }

            @Override
            public void insert(IncidentState state) {
                if (!inserted) {
                    inserted = true;
                    bed.states.put(winner);
                    throw new ConcurrentIncidentChangeException(state.incident().key());
                }
                bed.states.insert(state);
            }

            @Override
            public void update(IncidentState state) {
                bed.states.update(state);
            }

            @Override
            public List<IncidentState> overdue(DeadlineClock clock, Instant dueFrom,
                    Instant dueBefore, long afterIncidentId, int limit) {
                return bed.states.overdue(clock, dueFrom, dueBefore, afterIncidentId, limit);
            }
        };
        IncidentChanges changes = new IncidentChanges(racing, bed.events, bed.resolver, bed.policies, bed.mirror,
                bed.transactions, bed.clock);

        assertSame(winner, changes.adopt(OPS_9, "u-loser", SEV_2));
    }

    @Test
    public void checkTransition_refusesWhatTheLifecycleRefuses_forHostWorkflowValidators() {
        bed.changes.adopt(OPS_9, "u1", SEV_2);

        bed.changes.checkTransition(OPS_9, IncidentTransition.START_INVESTIGATION);
        assertThrows(IllegalTransitionException.class,
                () -> bed.changes.checkTransition(OPS_9, IncidentTransition.CLOSE));
    }

    @Test
    public void changesToAnIncidentHindsightDoesNotTrack_areNotFound() {
        assertThrows(NotFoundException.class, () -> bed.changes.transition(OPS_9, "u1",
                new TransitionIncidentCommand(IncidentTransition.START_INVESTIGATION, "x")));
    }

    @Test
    public void refreshKeyInstants_storesWhatNewTimelineEntriesDerive_andNothingWhenNothingChanged() {
        IncidentState adopted = bed.changes.adopt(OPS_9, "u1", SEV_2);
        IncidentState unchanged = bed.changes.refreshKeyInstants(OPS_9);
        bed.timelineStore.append(NewTimelineEvents.anEvent().onIncident(OPS_9.id())
                .ofKind(TimelineEventKind.ALERT_FIRING).by(null).at(START.minus(Duration.ofMinutes(6)))
                .recordedAt(START.minus(Duration.ofMinutes(5))).build());

        IncidentState refreshed = bed.changes.refreshKeyInstants(OPS_9);

        assertEquals(adopted, unchanged);
        assertEquals(2, refreshed.version());
        assertEquals(START.minus(Duration.ofMinutes(6)),
                refreshed.keyInstants().get(KeyInstant.IMPACT_STARTED).orElseThrow().at());
        assertEquals(START.minus(Duration.ofMinutes(5)),
                refreshed.keyInstants().get(KeyInstant.DETECTED).orElseThrow().at());
        assertEquals(refreshed, bed.states.find(OPS_9.id()).orElseThrow());
    }

    @Test
    public void excludeFromMetrics_storesTheFlagAndRecordsWhyOnTheTimeline() {
        bed.changes.adopt(OPS_9, "u1", SEV_2);

        IncidentState excluded = bed.changes.excludeFromMetrics(OPS_9, "u1",
                new ExcludeFromMetricsCommand(MetricsExclusion.GAME_DAY, "Quarterly failover drill"));
        IncidentState again = bed.changes.excludeFromMetrics(OPS_9, "u1",
                new ExcludeFromMetricsCommand(MetricsExclusion.GAME_DAY, "Still a drill"));

        assertEquals(Optional.of(MetricsExclusion.GAME_DAY), excluded.metricsExclusion());
        assertEquals("the same value again changes nothing", excluded, again);
        assertEquals("Left out of the metrics as game day",
                bed.timelineOf(OPS_9).get(bed.timelineOf(OPS_9).size() - 1).summary());
    }

    @Test
    public void aChangeThatChangesNothing_storesNothingAndTellsTheMirrorNothing() {
        bed.changes.adopt(OPS_9, "u1", SEV_2);

        bed.changes.changeSeverity(OPS_9, "u1", new ChangeSeverityCommand(Severity.SEV_2, "same"));

        assertEquals(1, bed.states.find(OPS_9.id()).orElseThrow().version());
        assertEquals(1, bed.mirror.changes().size());
    }

    @Test
    public void aChangedHostKey_isStoredWithTheNextChange() {
        bed.changes.adopt(OPS_9, "u1", SEV_2);
        IncidentRef moved = new IncidentRef(OPS_9.id(), "SRE-3", "SRE", OPS_9.summary());

        IncidentState state = bed.changes.changeSeverity(moved, "u1", new ChangeSeverityCommand(Severity.SEV_1, "x"));

        assertEquals(moved, state.incident());
    }
}
