package io.hindsight.actionitem.ao;

import static org.junit.Assert.assertEquals;

import io.hindsight.actionitem.ActionItemKind;
import io.hindsight.actionitem.Reminder;
import io.hindsight.actionitem.ReminderJob;
import io.hindsight.actionitem.TrackedActionItem;
import io.hindsight.incident.ao.AoIncidentStateStore;
import io.hindsight.incident.ao.IncidentEntities;
import io.hindsight.platform.MutableClock;
import io.hindsight.standalone.ao.EntityManagerActiveObjects;
import io.hindsight.standalone.ao.EntityManagers;
import io.hindsight.testing.db.EmbeddedPostgresDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * Data Center, simulated: two nodes, each with its own connection pool and its own reminder job, run at the same
 * moment on one PostgreSQL, then again after one of them restarted, then in the next interval. Each owner of overdue
 * action items is mailed exactly once per interval.
 */
public class ReminderJobOnTwoNodesTest {

    private static final int OWNERS = 30;

    private final List<Node> nodes = new ArrayList<>();
    private final List<Reminder> mailed = new CopyOnWriteArrayList<>();
    private String ownerPrefix;
    private Instant now;

    @Before
    public void startTwoNodes() throws Exception {
        // Far from every other test's instants and keys, since the database lives as long as the test JVM.
        long run = System.nanoTime() % 1_000_000_000L;
        ownerPrefix = "u-dc-" + run + "-";
        now = Instant.parse("2032-03-01T10:00:00Z").plus(Duration.ofDays(run % 100_000L));
        nodes.add(new Node());
        nodes.add(new Node());
        for (int i = 0; i < OWNERS; i++) {
            for (int item = 0; item < 2; item++) {
                nodes.get(0).mirror.put(new TrackedActionItem("RMD" + run + "-" + (i * 2 + item + 1), 1, "DC-1",
                        "DC", ownerPrefix + i, now.minus(Duration.ofDays(2)), "High", ActionItemKind.PROCESS,
                        now.minus(Duration.ofDays(20)), null));
            }
        }
    }

    @After
    public void stopNodes() {
        nodes.forEach(Node::close);
    }

    @Test
    public void twoNodesTogether_mailEachOwnerOnce_aRestartAddsNothing_theNextIntervalMailsAgain() throws Exception {
        runTogether();
        assertEquals(OWNERS, ours().size());
        assertEquals(OWNERS, ours().stream().map(Reminder::recipientKey).collect(Collectors.toSet()).size());
        assertEquals(2, ours().get(0).lines().size());

        nodes.get(1).close();
        nodes.set(1, new Node());
        runTogether();
        assertEquals("a restarted node sends nothing twice", OWNERS, ours().size());

        nodes.forEach(node -> node.clock.set(now.plus(Duration.ofDays(1))));
        runTogether();
        assertEquals(2 * OWNERS, ours().size());
    }

    private List<Reminder> ours() {
        return mailed.stream().filter(reminder -> reminder.recipientKey().startsWith(ownerPrefix)).toList();
    }

    private void runTogether() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(nodes.size());
        try {
            List<Future<ReminderJob.Report>> runs = new ArrayList<>();
            for (Node node : nodes) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return node.job.runOnce();
                }));
            }
            start.countDown();
            for (Future<ReminderJob.Report> run : runs) {
                assertEquals(0, run.get(120, TimeUnit.SECONDS).failed());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // Widens the window in which the other node could send the same reminder, were the claims not shared.
    private static void pause() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** One cluster node: its own entity manager (connection pool) and its own services. */
    private final class Node {

        final MutableClock clock = new MutableClock(now);
        final EntityManager entityManager;
        final AoActionItemMirror mirror;
        final ReminderJob job;

        Node() throws Exception {
            List<Class<? extends RawEntity<?>>> entities = new ArrayList<>(IncidentEntities.ALL);
            entities.addAll(ActionItemEntities.ALL);
            entityManager = EntityManagers.open(EmbeddedPostgresDatabase.jdbcUrl(), EmbeddedPostgresDatabase.USER,
                    EmbeddedPostgresDatabase.PASSWORD, entities);
            EntityManagerActiveObjects ao = new EntityManagerActiveObjects(entityManager);
            mirror = new AoActionItemMirror(ao);
            job = new ReminderJob(mirror, new AoIncidentStateStore(ao), new AoReminderClaims(ao), reminder -> {
                mailed.add(reminder);
                pause();
            }, () -> ReminderJob.DEFAULT_INTERVAL, clock);
        }

        void close() {
            entityManager.getProvider().dispose();
        }
    }
}
