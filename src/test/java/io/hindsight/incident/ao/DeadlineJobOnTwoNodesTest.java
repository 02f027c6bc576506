package io.hindsight.incident.ao;

import static org.junit.Assert.assertEquals;

import io.hindsight.incident.BreachNotice;
import io.hindsight.incident.DeadlineJob;
import io.hindsight.incident.DeclareIncidentCommand;
import io.hindsight.incident.GrantedPermissions;
import io.hindsight.incident.InMemoryIncidentDirectory;
import io.hindsight.incident.IncidentAccess;
import io.hindsight.incident.IncidentChanges;
import io.hindsight.incident.IncidentEvents;
import io.hindsight.incident.IncidentRef;
import io.hindsight.incident.KeyInstantResolver;
import io.hindsight.incident.Notifier;
import io.hindsight.incident.RecordingMirror;
import io.hindsight.incident.ResponsePolicyService;
import io.hindsight.incident.Severity;
import io.hindsight.platform.MutableClock;
import io.hindsight.platform.ao.AoTransactions;
import io.hindsight.standalone.ao.EntityManagerActiveObjects;
import io.hindsight.standalone.ao.EntityManagers;
import io.hindsight.testing.db.EmbeddedPostgresDatabase;
import io.hindsight.timeline.TimelineEvent;
import io.hindsight.timeline.TimelineEventKind;
import io.hindsight.timeline.TimelineQuery;
import io.hindsight.timeline.TimelineService;
import io.hindsight.timeline.ao.AoTimelineStore;
import io.hindsight.timeline.ao.TimelineEntities;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Data Center, simulated: two nodes, each with its own connection pool and its own instance of every service, run the
 * deadline job at the same moment on one PostgreSQL, then again. Every breach is recorded and notified exactly once.
 */
public class DeadlineJobOnTwoNodesTest {

    private static final int INCIDENTS = 25;

    private final List<Node> nodes = new ArrayList<>();
    private final Set<Long> incidentIds = ConcurrentHashMap.newKeySet();
    private Instant declaredAt;

    @Before
    public void startTwoNodes() throws Exception {
        // Far from every other test's instants and ids, since the database lives as long as the test JVM.
        declaredAt = Instant.parse("2031-01-01T00:00:00Z").plusSeconds(System.nanoTime() % 1_000_000L);
        nodes.add(new Node("node-a", declaredAt));
        nodes.add(new Node("node-b", declaredAt));
    }

    @After
    public void stopNodes() {
        nodes.forEach(Node::close);
    }

    @Test
    public void twoNodesRunningTheJobTogether_recordAndNotifyEachBreachExactlyOnce_andARerunAddsNothing()
            throws Exception {
        long firstId = 90_000_000L + (System.nanoTime() % 1_000_000L) * 100;
        for (int i = 0; i < INCIDENTS; i++) {
            IncidentRef incident = new IncidentRef(firstId + i, "DC-" + (i + 1), "DC", "Incident " + i);
            incidentIds.add(incident.id());
            // SEV-1 flagged as a personal-data breach: an executive-notification and a GDPR deadline each.
            nodes.get(i % 2).changes.adopt(incident, "u-commander-" + i, new DeclareIncidentCommand("DC",
                    incident.summary(), Severity.SEV_1, null, null, true, null));
        }
        nodes.forEach(node -> node.clock.set(declaredAt.plus(Duration.ofHours(73))));

        List<DeadlineJob.Report> together = runTogether();
        List<DeadlineJob.Report> rerun = runTogether();

        int expected = INCIDENTS * 2;
        assertEquals("recorded by either node", expected, together.get(0).recorded() + together.get(1).recorded());
        assertEquals("no failures", 0, together.get(0).failed() + together.get(1).failed());
        assertEquals(0, rerun.get(0).recorded() + rerun.get(1).recorded());
        List<BreachNotice> notices = nodes.stream().flatMap(node -> node.notices.stream())
                .filter(notice -> incidentIds.contains(notice.incident().id())).toList();
        assertEquals(expected, notices.size());
        assertEquals(expected, notices.stream()
                .map(n -> n.incident().id() + ":" + n.deadline().clock() + ":" + n.deadline().dueAt())
                .collect(Collectors.toSet()).size());
        for (long incidentId : incidentIds) {
            assertEquals("breach entries on incident " + incidentId, 2, breachEntries(incidentId).size());
        }
    }

    private List<DeadlineJob.Report> runTogether() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(nodes.size());
        try {
            List<Future<DeadlineJob.Report>> runs = new ArrayList<>();
            for (Node node : nodes) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return node.job.runOnce();
                }));
            }
            start.countDown();
            List<DeadlineJob.Report> reports = new ArrayList<>();
            for (Future<DeadlineJob.Report> run : runs) {
                reports.add(run.get(120, TimeUnit.SECONDS));
            }
            return reports;
        } finally {
            pool.shutdownNow();
        }
    }

    private List<TimelineEvent> breachEntries(long incidentId) {
        return nodes.get(0).timelineStore.page(incidentId, new TimelineQuery(TimelineQuery.Order.OLDEST_FIRST,
                EnumSet.of(TimelineEventKind.DEADLINE_BREACHED), null, TimelineQuery.MAX_LIMIT, true)).events();
    }

    /** One cluster node: its own entity manager (connection pool) and its own instance of every service. */
    private static final class Node {

        final MutableClock clock;
        final EntityManager entityManager;
        final AoTimelineStore timelineStore;
        final IncidentChanges changes;
        final DeadlineJob job;
        final List<BreachNotice> notices = new CopyOnWriteArrayList<>();

        Node(String name, Instant start) throws Exception {
            clock = new MutableClock(start);
            List<Class<? extends RawEntity<?>>> entities = new ArrayList<>(TimelineEntities.ALL);
            entities.addAll(IncidentEntities.ALL);
            entityManager = EntityManagers.open(EmbeddedPostgresDatabase.jdbcUrl(), EmbeddedPostgresDatabase.USER,
                    EmbeddedPostgresDatabase.PASSWORD, entities);
            EntityManagerActiveObjects ao = new EntityManagerActiveObjects(entityManager);
            timelineStore = new AoTimelineStore(ao);
            IncidentAccess noOneFromOutside = new IncidentAccess(new InMemoryIncidentDirectory(),
                    new GrantedPermissions(), Optional::empty);
            IncidentEvents events = new IncidentEvents(new TimelineService(noOneFromOutside, timelineStore,
                    Optional::empty, clock));
            ResponsePolicyService policies = new ResponsePolicyService(new AoResponsePolicyStore(ao), Optional::empty,
                    clock);
            AoIncidentStateStore states = new AoIncidentStateStore(ao);
            AoTransactions transactions = new AoTransactions(ao);
            changes = new IncidentChanges(states, events, new KeyInstantResolver(timelineStore), policies,
                    new RecordingMirror(), transactions, clock);
            Notifier notifier = notice -> {
                notices.add(notice);
                pause();
            };
            job = new DeadlineJob(states, new AoBreachClaims(ao), events, notifier, policies, transactions, clock);
        }

        void close() {
            entityManager.getProvider().dispose();
        }

        // Holds the claim's transaction open a moment, so the other node's claim on the same breach has to wait.
        private static void pause() {
            try {
                Thread.sleep(2);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
