package io.hindsight.it.cluster;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hindsight.standalone.ao.EntityManagers;
import io.hindsight.testing.db.EmbeddedPostgresDatabase;
import io.hindsight.timeline.ao.TimelineEventAo;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import org.junit.After;
import org.junit.Test;

/**
 * A simulated Data Center: two embedded-host nodes, each in a JVM of its own, on one PostgreSQL, each behind a proxy
 * that fails 5% of requests, with 16 writers per node posting timeline notes and Alertmanager deliveries and 10% of
 * writes sent again to the other node. Halfway through, one node is killed with SIGKILL while it writes; its writers
 * fail over to the other node after the test has checked that every write cut short was stored whole or not at all.
 * The killed node then comes back, and both nodes must read every incident's timeline in the same order.
 *
 * <p>Two JVMs rather than two hosts in the test's JVM: only a process of its own can be killed mid-write (no
 * shutdown hook, no pool closing its connections politely), and separate JVMs share nothing in memory, so any
 * agreement between the nodes has to come from the database, as on a real cluster.
 *
 * <p>The figures go to {@code bench/results/reliability.md}; {@code ./hindsight bench reliability} reruns this test.
 */
public class TwoNodeReliabilityIT {

    static final String SOURCE = "am-cluster";
    private static final int WRITERS_PER_NODE = Integer.getInteger("hindsight.reliability.writers", 16);
    private static final int OPS_PER_WRITER = Integer.getInteger("hindsight.reliability.writes", 24);
    private static final double DUPLICATE_SHARE = 0.10;
    private static final double FAILURE_SHARE = 0.05;
    private static final int INCIDENTS = 4;
    private static final Path REPORT = Path.of(System.getProperty("hindsight.reliability.report",
            "bench/results/reliability.md"));
    private static final String TABLE = "\"" + EntityManagers.TABLE_PREFIX + "_" + TimelineEventAo.TABLE + "\"";
    private static final String EXTERNAL_ID = "\"" + TimelineEventAo.EXTERNAL_ID + "\"";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private String database;

    @After
    public void stopEverything() throws Exception {
        Collections.reverse(toClose);
        for (AutoCloseable closeable : toClose) {
            closeable.close();
        }
    }

    @Test
    public void twoNodes_storeEachWriteOnce_inOneOrder_throughInjectedFaultsAndAKilledNode() throws Exception {
        long testStarted = System.nanoTime();
        double loadAtStart = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        database = freshDatabase();
        Path home = Files.createTempDirectory("hindsight-cluster-home");
        NodeProcess nodeA = started(NodeProcess.start("a", home, nodeUrl("hindsight-a")));
        NodeProcess nodeB = started(NodeProcess.start("b", home, nodeUrl("hindsight-b")));
        List<String> incidents = declareIncidents(nodeA.baseUrl());
        String token = createSource(nodeB.baseUrl());

        FaultyProxy proxyA = started(new FaultyProxy(nodeA.baseUrl(), FAILURE_SHARE, 11, WRITERS_PER_NODE * 3));
        FaultyProxy proxyB = started(new FaultyProxy(nodeB.baseUrl(), FAILURE_SHARE, 12, WRITERS_PER_NODE * 3));
        ClusterWriters.Route[] routes = {new ClusterWriters.Route("a", proxyA), new ClusterWriters.Route("b", proxyB)};
        ClusterWriters writers = new ClusterWriters(routes, incidents, token, WRITERS_PER_NODE, OPS_PER_WRITER,
                DUPLICATE_SHARE, Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MILLIS));

        long writesStarted = System.nanoTime();
        ExecutorService running = writers.start();
        while (writers.completed.get() < writers.totalWrites() / 2 && !running.isTerminated()) {
            Thread.sleep(20);
        }
        KillOutcome kill = killMidWrite(nodeA, routes[0], writers);
        assertTrue("the writers finish within 10 minutes", ClusterWriters.awaitDone(running, 10));
        long writeMillis = (System.nanoTime() - writesStarted) / 1_000_000;
        NodeProcess nodeA2 = started(NodeProcess.start("a2", home, nodeUrl("hindsight-a2")));

        assertEquals("writes that never succeeded", List.of(), writers.failures);
        assertEquals("500s answered by a node (a deadlock or bug reaching the client)", 0, writers.node500s.get());
        assertEquals("duplicates that stored anything", 0, writers.duplicatesStoredAgain.get());
        Map<String, Integer> expected = expectedExternalIds(writers);
        List<String> stored = storedExternalIds();
        assertEquals("stored entries = unique entries", expected.size(), stored.size());
        assertEquals("exactly the unique entries", expected.keySet(), new HashSet<>(stored));
        assertEquals("dedup keys stored twice", 0, duplicatedDedupKeys());
        int readBack = 0;
        for (String incident : incidents) {
            readBack += assertSameOrderOnBothNodes(incident, nodeA2.baseUrl(), nodeB.baseUrl());
        }
        assertEquals("entries read back over REST from both nodes", expected.size(), readBack);
        assertTrue("the kill caught writes in flight", kill.interrupted() > 0);

        writeReport(writers, proxyA, proxyB, kill, expected.size(), stored.size(), writeMillis,
                (System.nanoTime() - testStarted) / 1_000_000, loadAtStart);
    }

    /** What the kill left: the writes it cut short, each stored whole or not at all (asserted here). */
    record KillOutcome(int interrupted, int storedWhole, int storedNone, long sessionsGoneMillis) {
    }

    /**
     * Kills node A with SIGKILL while its writers are busy, waits until PostgreSQL has ended the dead node's
     * sessions (rolling back whatever they had open), and checks each write that was in flight: all of its entries
     * are stored, or none. Its writers wait for this check before they fail over, so nothing else writes their ids.
     */
    private KillOutcome killMidWrite(NodeProcess node, ClusterWriters.Route route, ClusterWriters writers)
            throws Exception {
        route.down = true;
        Set<String> inFlight = new HashSet<>(route.inFlight);
        long killed = System.nanoTime();
        node.kill();
        awaitNoSessions("hindsight-a");
        long sessionsGone = (System.nanoTime() - killed) / 1_000_000;
        int whole = 0;
        int none = 0;
        for (String id : inFlight) {
            ClusterWriters.Write write = writers.unique.get(id);
            int count = countStored(id, write.alerts());
            int size = write.externalIds().size();
            assertTrue("write " + id + " cut short by the kill: " + count + " of " + size + " entries stored",
                    count == 0 || count == size);
            if (count == 0) {
                none++;
            } else {
                whole++;
            }
        }
        route.failoverAllowed.countDown();
        return new KillOutcome(inFlight.size(), whole, none, sessionsGone);
    }

    private int assertSameOrderOnBothNodes(String incident, URI nodeA, URI nodeB) throws Exception {
        List<JsonNode> oldestOnA = readAll(nodeA, incident, "oldest", 50);
        List<JsonNode> oldestOnB = readAll(nodeB, incident, "oldest", 37);
        List<JsonNode> newestOnB = readAll(nodeB, incident, "newest", 64);
        List<Long> ids = idsOf(oldestOnA);
        assertEquals(incident + ": same order on both nodes, whatever the page size", ids, idsOf(oldestOnB));
        List<Long> newest = idsOf(newestOnB);
        Collections.reverse(newest);
        assertEquals(incident + ": newest first is oldest first reversed", ids, newest);
        assertEquals(incident + ": no entry on two pages", ids.size(), new HashSet<>(ids).size());
        for (int i = 1; i < oldestOnA.size(); i++) {
            JsonNode before = oldestOnA.get(i - 1);
            JsonNode after = oldestOnA.get(i);
            int byTime = Instant.parse(before.get("occurredAt").asText())
                    .compareTo(Instant.parse(after.get("occurredAt").asText()));
            assertTrue(incident + ": ordered by (occurredAt, id) at " + i,
                    byTime < 0 || byTime == 0 && before.get("id").asLong() < after.get("id").asLong());
        }
        int marked = 0;
        for (JsonNode entry : oldestOnA) {
            if (entry.get("externalId").asText("").startsWith(ClusterWriters.MARK)) {
                marked++;
            }
        }
        return marked;
    }

    private List<JsonNode> readAll(URI node, String incident, String order, int limit) throws Exception {
        List<JsonNode> entries = new ArrayList<>();
        String cursor = null;
        do {
            String path = "/rest/hindsight/1.0/incidents/" + incident + "/timeline?includeHidden=true&order=" + order
                    + "&limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(node.resolve(path))
                    .header("Authorization", basic("alex")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(response.body(), 200, response.statusCode());
            JsonNode page = json.readTree(response.body());
            page.get("events").forEach(entries::add);
            cursor = page.get("next").isNull() ? null : page.get("next").asText();
        } while (cursor != null);
        return entries;
    }

    private static List<Long> idsOf(List<JsonNode> entries) {
        return entries.stream().map(entry -> entry.get("id").asLong()).collect(java.util.stream.Collectors.toList());
    }

    private static Map<String, Integer> expectedExternalIds(ClusterWriters writers) {
        Map<String, Integer> expected = new HashMap<>();
        writers.unique.values().forEach(write -> write.externalIds().forEach(id -> expected.merge(id, 1, Integer::sum)));
        return expected;
    }

    /** Every marked entry's external id; an alert's loses its {@code @startsAt:status} suffix. */
    private List<String> storedExternalIds() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection db = connect(); Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("SELECT " + EXTERNAL_ID + " FROM " + TABLE + " WHERE "
                        + EXTERNAL_ID + " LIKE '" + ClusterWriters.MARK + "%'")) {
            while (rows.next()) {
                String id = rows.getString(1);
                ids.add(id.contains("@") ? id.substring(0, id.indexOf('@')) : id);
            }
        }
        return ids;
    }

    private int countStored(String writeId, boolean alerts) throws SQLException {
        try (Connection db = connect(); PreparedStatement statement = db.prepareStatement("SELECT COUNT(*) FROM "
                + TABLE + " WHERE " + EXTERNAL_ID + (alerts ? " LIKE ?" : " = ?"))) {
            statement.setString(1, ClusterWriters.MARK + writeId + (alerts ? "-%" : ""));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private int duplicatedDedupKeys() throws SQLException {
        String key = "\"" + TimelineEventAo.DEDUP_KEY + "\"";
        try (Connection db = connect(); Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM (SELECT " + key + " FROM " + TABLE
                        + " GROUP BY " + key + " HAVING COUNT(*) > 1) repeated")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** Version and durability of the PostgreSQL measured: the test's embedded one skips the fsync wait. */
    private String databaseSettings() throws SQLException {
        try (Connection db = connect(); Statement statement = db.createStatement();
                ResultSet result = statement.executeQuery("SELECT current_setting('server_version'), "
                        + "current_setting('fsync'), current_setting('synchronous_commit')")) {
            result.next();
            return "embedded PostgreSQL " + result.getString(1) + ", fsync=" + result.getString(2)
                    + ", synchronous_commit=" + result.getString(3) + ", same host";
        }
    }

    private void awaitNoSessions(String applicationName) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection db = connect(); PreparedStatement statement = db.prepareStatement(
                    "SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = ?")) {
                statement.setString(1, applicationName);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    if (rows.getInt(1) == 0) {
                        return;
                    }
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("PostgreSQL still has sessions of the killed node after 60 s");
    }

    private List<String> declareIncidents(URI node) throws Exception {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < INCIDENTS; i++) {
            HttpResponse<String> response = post(node, "/rest/hindsight/1.0/incidents", basic("alex"),
                    "{\"projectKey\": \"OPS\", \"summary\": \"Reliability incident " + i + "\", \"severity\": \"SEV-3\"}");
            assertEquals(response.body(), 201, response.statusCode());
            keys.add(json.readTree(response.body()).get("key").asText());
        }
        return keys;
    }

    private String createSource(URI node) throws Exception {
        HttpResponse<String> response = post(node, "/rest/hindsight/1.0/ingest-sources", basic("alex"),
                "{\"name\": \"" + SOURCE + "\", \"type\": \"alertmanager\", "
                        + "\"rateLimit\": {\"perSecond\": 100000, \"burst\": 100000}}");
        assertEquals(response.body(), 201, response.statusCode());
        return json.readTree(response.body()).get("secret").asText();
    }

    private HttpResponse<String> post(URI node, String path, String authorization, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(node.resolve(path)).header("Authorization", authorization)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":hindsight").getBytes(StandardCharsets.UTF_8));
    }

    /** A database of its own on the JVM's shared PostgreSQL, so that no other test's rows are counted. */
    private static String freshDatabase() throws SQLException {
        String name = "reliability_" + System.nanoTime();
        try (Connection db = DriverManager.getConnection(EmbeddedPostgresDatabase.jdbcUrl(),
                EmbeddedPostgresDatabase.USER, EmbeddedPostgresDatabase.PASSWORD);
                Statement statement = db.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return name;
    }

    private String databaseUrl() {
        String server = EmbeddedPostgresDatabase.jdbcUrl();
        return server.substring(0, server.lastIndexOf('/') + 1) + database;
    }

    private String nodeUrl(String applicationName) {
        return databaseUrl() + "?user=" + EmbeddedPostgresDatabase.USER + "&password="
                + EmbeddedPostgresDatabase.PASSWORD + "&ApplicationName=" + applicationName;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(databaseUrl(), EmbeddedPostgresDatabase.USER,
                EmbeddedPostgresDatabase.PASSWORD);
    }

    private <T extends AutoCloseable> T started(T closeable) {
        toClose.add(closeable);
        return closeable;
    }

    private void writeReport(ClusterWriters writers, FaultyProxy proxyA, FaultyProxy proxyB, KillOutcome kill,
            int uniqueEntries, int storedEntries, long writeMillis, long testMillis, double loadAtStart)
            throws Exception {
        int sent = writers.deliveries.get() + writers.duplicatesSent.get();
        String report = ReliabilityReport.markdown(new ReliabilityReport.Figures(2, WRITERS_PER_NODE * 2,
                writers.deliveries.get(), writers.unique.size(), writers.duplicatesSent.get(),
                proxyA.refusedBefore.get() + proxyB.refusedBefore.get(),
                proxyA.failedAfter.get() + proxyB.failedAfter.get(), proxyA.cutAfter.get() + proxyB.cutAfter.get(),
                writers.attempts.get(), writers.attempts.get() - sent, writers.connectionErrors.get(),
                writers.nodeServerErrors.get(), writers.rateLimited.get(), writers.failovers.get(),
                kill.interrupted(), kill.storedWhole(), kill.storedNone(), kill.sessionsGoneMillis(),
                uniqueEntries, storedEntries, writeMillis, testMillis, loadAtStart, databaseSettings()));
        Files.createDirectories(REPORT.toAbsolutePath().getParent());
        Files.writeString(REPORT, report);
        System.out.println(report);
    }
}
