package io.hindsight.ingest;

import static org.junit.Assert.assertEquals;

import io.hindsight.incident.GrantedPermissions;
import io.hindsight.incident.IncidentAccess;
import io.hindsight.incident.IncidentChanges;
import io.hindsight.incident.IncidentEvents;
import io.hindsight.incident.IncidentRef;
import io.hindsight.incident.IncidentStatus;
import io.hindsight.incident.KeyInstantResolver;
import io.hindsight.incident.ResponsePolicyService;
import io.hindsight.incident.ao.AoIncidentStateStore;
import io.hindsight.incident.ao.AoResponsePolicyStore;
import io.hindsight.incident.ao.IncidentEntities;
import io.hindsight.ingest.ao.AoIncidentClaims;
import io.hindsight.ingest.ao.AoIngestSourceStore;
import io.hindsight.ingest.ao.AoRejectedDeliveryLog;
import io.hindsight.ingest.ao.IngestEntities;
import io.hindsight.ingest.ao.SecretBox;
import io.hindsight.ingest.rest.JacksonPayloadParser;
import io.hindsight.platform.CurrentUser;
import io.hindsight.platform.ao.AoTransactions;
import io.hindsight.standalone.ao.EntityManagerActiveObjects;
import io.hindsight.standalone.ao.EntityManagers;
import io.hindsight.standalone.incidents.StandaloneIncidentAo;
import io.hindsight.standalone.incidents.StandaloneIncidentDirectory;
import io.hindsight.testing.db.EmbeddedPostgresDatabase;
import io.hindsight.timeline.TimelineQuery;
import io.hindsight.timeline.TimelineService;
import io.hindsight.timeline.ao.AoTimelineStore;
import io.hindsight.timeline.ao.TimelineEntities;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Two cluster nodes, simulated as two complete ingestion stacks (own entity manager, pool, router, rate limiter)
 * on one PostgreSQL: the same firing alert delivered to both at once, twelve times, declares one incident and
 * stores one entry, through the full incident lifecycle.
 */
public class IngestOnTwoNodesTest {

    private static final SecretBox BOX = new SecretBox(new byte[32]);
    private static final CurrentUser ADMIN = () -> Optional.of("admin");
    private static EntityManager nodeA;
    private static EntityManager nodeB;

    @BeforeClass
    public static void startNodes() throws Exception {
        List<Class<? extends RawEntity<?>>> entities = new ArrayList<>(TimelineEntities.ALL);
        entities.addAll(IngestEntities.ALL);
        entities.addAll(IncidentEntities.ALL);
        entities.add(StandaloneIncidentAo.class);
        String url = EmbeddedPostgresDatabase.jdbcUrl();
        nodeA = EntityManagers.open(url, EmbeddedPostgresDatabase.USER, EmbeddedPostgresDatabase.PASSWORD, entities);
        nodeB = EntityManagers.open(url, EmbeddedPostgresDatabase.USER, EmbeddedPostgresDatabase.PASSWORD, entities);
    }

    @AfterClass
    public static void stopNodes() {
        nodeA.getProvider().dispose();
        nodeB.getProvider().dispose();
    }

    @Test
    public void sameFiringAlertOnBothNodesAtOnce_declaresOneIncidentAndStoresOneEntry() throws Exception {
        String project = "TWO" + (char) ('A' + System.nanoTime() % 26) + (char) ('A' + System.nanoTime() / 7 % 26);
        String source = "two-nodes-" + System.nanoTime() % 1_000_000;
        EntityManagerActiveObjects aoA = new EntityManagerActiveObjects(nodeA);
        String token = new IngestSourceService(new AoIngestSourceStore(aoA, BOX), new AoRejectedDeliveryLog(aoA), ADMIN,
                Clock.systemUTC()).create(source, SourceType.ALERTMANAGER, new IngestSettings(null, List.of(
                        new RoutingRule("all", List.of(), project, null, null, true, null, null, null)), null, null), null)
                .issuedSecret();
        IngestService[] nodes = {node(nodeA), node(nodeB)};
        byte[] payload = ("{\"alerts\": [{\"status\": \"firing\", \"labels\": {\"alertname\": \"DiskFull\"}, "
                + "\"startsAt\": \"" + Instant.now().minusSeconds(60) + "\", \"fingerprint\": \"f1\"}]}")
                .getBytes(StandardCharsets.UTF_8);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Future<DeliveryReport>> reports = new ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) {
                IngestService node = nodes[i % 2];
                Callable<DeliveryReport> delivery = () -> {
                    start.await();
                    return node.deliver(new Delivery(source, "Bearer " + token, null, payload, 0));
                };
                reports.add(pool.submit(delivery));
            }
            start.countDown();
            int stored = 0;
            for (Future<DeliveryReport> report : reports) {
                stored += report.get(60, TimeUnit.SECONDS).stored();
            }

            StandaloneIncidentDirectory incidents = new StandaloneIncidentDirectory(aoA);
            IncidentRef declared = incidents.findByKey(project + "-1").orElseThrow();
            assertEquals("no second incident", Optional.empty(), incidents.findByKey(project + "-2"));
            assertEquals(1, stored);
            assertEquals(List.of("alert-firing", "declared"), new AoTimelineStore(aoA).page(declared.id(),
                    TimelineQuery.firstPage(TimelineQuery.Order.OLDEST_FIRST, 10)).events().stream()
                    .map(event -> event.kind().code()).toList());
            assertEquals("declared with a lifecycle, once", IncidentStatus.DECLARED,
                    new AoIncidentStateStore(aoA).find(declared.id()).orElseThrow().status());
        } finally {
            pool.shutdownNow();
        }
    }

    private static IngestService node(EntityManager entityManager) {
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(entityManager);
        StandaloneIncidentDirectory incidents = new StandaloneIncidentDirectory(ao);
        AoTimelineStore timelineStore = new AoTimelineStore(ao);
        TimelineService timeline = new TimelineService(new IncidentAccess(incidents, new GrantedPermissions(), ADMIN),
                timelineStore, ADMIN, Clock.systemUTC());
        AoIncidentStateStore states = new AoIncidentStateStore(ao);
        IncidentChanges changes = new IncidentChanges(states, new IncidentEvents(timeline),
                new KeyInstantResolver(timelineStore), new ResponsePolicyService(new AoResponsePolicyStore(ao), ADMIN,
                        Clock.systemUTC()), incidents, new AoTransactions(ao), Clock.systemUTC());
        LifecycleIncidentDeclarer declarer = new LifecycleIncidentDeclarer(
                (creatorKey, incident) -> incidents.create(incident.projectKey(), incident.summary()), changes, states);
        return new IngestService(new AoIngestSourceStore(ao, BOX), new AoRejectedDeliveryLog(ao), incidents,
                new AoIncidentClaims(ao), declarer, timeline, new JacksonPayloadParser(), new DeliveryRateLimiter(),
                Clock.systemUTC());
    }
}
