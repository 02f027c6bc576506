package io.hindsight.incident.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.hindsight.incident.ConcurrentIncidentChangeException;
import io.hindsight.incident.Deadline;
import io.hindsight.incident.DeadlineClock;
import io.hindsight.incident.Deadlines;
import io.hindsight.incident.IncidentRef;
import io.hindsight.incident.IncidentState;
import io.hindsight.incident.IncidentStatus;
import io.hindsight.incident.KeyInstant;
import io.hindsight.incident.KeyInstantEntry;
import io.hindsight.incident.KeyInstants;
import io.hindsight.incident.PostmortemRecord;
import io.hindsight.incident.PostmortemStatus;
import io.hindsight.incident.Severity;
import io.hindsight.platform.ao.AoTransactions;
import io.hindsight.standalone.ao.EntityManagerActiveObjects;
import io.hindsight.timeline.TimelineEventKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * The behaviour of {@link AoIncidentStateStore} on a real database; each subclass names one with {@code @Jdbc}. The
 * {@code @NonTransactional} tests commit for real, so they use incident ids of their own.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(IncidentDatabaseUpdater.class)
public abstract class AoIncidentStateStoreContract {

    private static final Instant T0 = Instant.parse("2026-06-01T10:00:00.123Z");

    private EntityManager entityManager;
    private AoIncidentStateStore store;
    private AoTransactions transactions;

    @Before
    public void createStore() {
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(entityManager);
        store = new AoIncidentStateStore(ao);
        transactions = new AoTransactions(ao);
    }

    @Test
    public void insert_roundTripsEveryField() {
        IncidentState state = everything(60_001L);

        store.insert(state);

        assertEquals(state, store.find(60_001L).orElseThrow());
    }

    @Test
    public void insert_roundTripsAMetricsExclusion() {
        IncidentState state = minimal(60_010L, 1).withExclusion(io.hindsight.incident.MetricsExclusion.GAME_DAY);

        store.insert(state);

        assertEquals(state, store.find(60_010L).orElseThrow());
    }

    @Test
    public void insert_roundTripsAStateWithEveryOptionalPartUnknown() {
        IncidentState state = minimal(60_002L, 1);

        store.insert(state);

        assertEquals(state, store.find(60_002L).orElseThrow());
        assertTrue(store.find(60_003L).isEmpty());
    }

    @Test
    public void update_replacesTheStateWithTheNextVersion() {
        store.insert(minimal(60_004L, 1));
        IncidentState next = everything(60_004L).nextVersion();
        IncidentState second = new IncidentState(next.incident(), 2, next.severity(), next.severitySince(),
                next.status(), next.declaredAt(), next.declaredBy(), next.declaredEntryId(), next.commanderKey(),
                next.keyInstants(), next.postmortem(), next.personalDataBreachAwareAt(), next.deadlines());

        store.update(second);

        assertEquals(second, store.find(60_004L).orElseThrow());
    }

    @Test
    public void update_toAStateThatIsNotTheNextVersion_isAConcurrentChange() {
        store.insert(minimal(60_005L, 1));

        assertThrows(ConcurrentIncidentChangeException.class, () -> store.update(minimal(60_005L, 3)));
    }

    @Test
    public void overdue_findsUnmetDeadlinesDueInTheWindowInIncidentOrder() {
        Instant now = T0.plus(Duration.ofDays(3));
        store.insert(withDeadline(60_103L, DeadlineClock.POSTMORTEM, now.minusSeconds(60), null));
        store.insert(withDeadline(60_101L, DeadlineClock.POSTMORTEM, now.minusSeconds(30), null));
        store.insert(withDeadline(60_102L, DeadlineClock.POSTMORTEM, now.minusSeconds(10), now.minusSeconds(20)));
        store.insert(withDeadline(60_104L, DeadlineClock.POSTMORTEM, now.plusSeconds(1), null));
        store.insert(withDeadline(60_105L, DeadlineClock.POSTMORTEM, now.minus(Duration.ofDays(8)), null));
        store.insert(withDeadline(60_106L, DeadlineClock.PERSONAL_DATA_BREACH, now.minusSeconds(5), null));
        store.insert(withDeadline(60_107L, DeadlineClock.POSTMORTEM, now.minus(Duration.ofDays(7)), null));

        List<Long> found = ids(store.overdue(DeadlineClock.POSTMORTEM, now.minus(Duration.ofDays(7)), now, 0, 10));
        List<Long> afterFirst = ids(store.overdue(DeadlineClock.POSTMORTEM, now.minus(Duration.ofDays(7)), now,
                60_101L, 1));

        assertEquals(List.of(60_101L, 60_103L, 60_107L), found);
        assertEquals(List.of(60_103L), afterFirst);
        assertEquals(List.of(60_106L),
                ids(store.overdue(DeadlineClock.PERSONAL_DATA_BREACH, now.minus(Duration.ofDays(7)), now, 0, 10)));
    }

    @Test
    @NonTransactional
    public void insert_ofAnIncidentThatHasAState_isAConcurrentChange() {
        long incident = 70_000_000L + System.nanoTime() % 1_000_000L;
        transactions.inTransaction(() -> {
            store.insert(minimal(incident, 1));
            return null;
        });

        assertThrows(ConcurrentIncidentChangeException.class, () -> transactions.inTransaction(() -> {
            store.insert(minimal(incident, 1));
            return null;
        }));
    }

    @Test
    @NonTransactional
    public void update_letsExactlyOneOfConcurrentWritersOfTheSameVersionWin() throws Exception {
        long incident = 71_000_000L + System.nanoTime() % 1_000_000L;
        transactions.inTransaction(() -> {
            store.insert(minimal(incident, 1));
            return null;
        });
        CountDownLatch start = new CountDownLatch(1);
        List<String> winners = new CopyOnWriteArrayList<>();
        List<Callable<Void>> writers = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            String commander = "u-writer-" + t;
            writers.add(() -> {
                start.await();
                IncidentState mine = new IncidentState(new IncidentRef(incident, "RACE-1", "RACE", "race"), 2,
                        Severity.SEV_2, T0, IncidentStatus.INVESTIGATING, T0, "u-declarer", 1, commander,
                        KeyInstants.none(), null, null, Deadlines.none());
                try {
                    transactions.inTransaction(() -> {
                        store.update(mine);
                        return null;
                    });
                    winners.add(commander);
                } catch (ConcurrentIncidentChangeException lost) {
                    // the others lose, cleanly
                }
                return null;
            });
        }

        ExecutorService pool = Executors.newFixedThreadPool(writers.size());
        try {
            List<Future<Void>> futures = new ArrayList<>();
            writers.forEach(writer -> futures.add(pool.submit(writer)));
            start.countDown();
            for (Future<Void> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(winners.toString(), 1, winners.size());
        IncidentState stored = store.find(incident).orElseThrow();
        assertEquals(2, stored.version());
        assertEquals(winners.get(0), stored.commanderKey());
    }

    private static IncidentState minimal(long incidentId, int version) {
        return new IncidentState(new IncidentRef(incidentId, "OPS-" + incidentId, "OPS", "Search slow"), version,
                Severity.SEV_3, T0, IncidentStatus.DECLARED, T0, "u-declarer", 11, "u-commander", KeyInstants.none(),
                null, null, Deadlines.none());
    }

    private static IncidentState withDeadline(long incidentId, DeadlineClock clock, Instant due, Instant met) {
        return minimal(incidentId, 1).withDeadlines(Deadlines.none().with(new Deadline(clock, due.minusSeconds(3600),
                due, met)));
    }

    private static IncidentState everything(long incidentId) {
        KeyInstants instants = KeyInstants.none()
                .with(KeyInstant.IMPACT_STARTED, new KeyInstantEntry(T0.minusSeconds(720), 21, TimelineEventKind.ALERT_FIRING))
                .with(KeyInstant.DETECTED, new KeyInstantEntry(T0.minusSeconds(480), 22, TimelineEventKind.KEY_INSTANT))
                .with(KeyInstant.ACKNOWLEDGED, new KeyInstantEntry(T0.minusSeconds(180), 23,
                        TimelineEventKind.PAGE_ACKNOWLEDGED))
                .with(KeyInstant.MITIGATED, new KeyInstantEntry(T0.plusSeconds(900), 24, TimelineEventKind.STATUS_CHANGED))
                .with(KeyInstant.RESOLVED, new KeyInstantEntry(T0.plusSeconds(2400), 25, TimelineEventKind.STATUS_CHANGED));
        Instant resolved = T0.plusSeconds(2400);
        Deadlines deadlines = Deadlines.none()
                .with(new Deadline(DeadlineClock.EXECUTIVE_NOTIFICATION, T0, T0.plusSeconds(900), T0.plusSeconds(600)))
                .with(new Deadline(DeadlineClock.POSTMORTEM, resolved, resolved.plus(Duration.ofHours(48)),
                        resolved.plus(Duration.ofHours(30))))
                .with(new Deadline(DeadlineClock.PERSONAL_DATA_BREACH, T0.plusSeconds(60),
                        T0.plusSeconds(60).plus(Duration.ofHours(72)), null));
        PostmortemRecord postmortem = new PostmortemRecord("https://wiki.example.com/pm/ünïcode?x=1&y=2",
                PostmortemStatus.PUBLISHED, "JIRAUSER10100", resolved.plus(Duration.ofHours(30)),
                resolved.plus(Duration.ofHours(29)));
        return new IncidentState(new IncidentRef(incidentId, "OPS-" + incidentId, "OPS", "Checkout «502» 🔥"), 1,
                Severity.SEV_1, T0.plusSeconds(120), IncidentStatus.RESOLVED, T0, "JIRAUSER10000", 20,
                "JIRAUSER10001", instants, postmortem, T0.plusSeconds(60), deadlines);
    }

    private static List<Long> ids(List<IncidentState> states) {
        return states.stream().map(IncidentState::incidentId).toList();
    }
}
