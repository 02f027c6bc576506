package io.hindsight.it.cluster;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hindsight.incident.DeadlineJob;
import io.hindsight.metrics.RollupJob;
import io.hindsight.metrics.ao.AoMetricsStore;
import io.hindsight.metrics.ao.MetricsEntities;
import io.hindsight.incident.ao.IncidentEntities;
import io.hindsight.actionitem.ao.ActionItemEntities;
import io.hindsight.standalone.EmbeddedHost;
import io.hindsight.standalone.HostOptions;
import io.hindsight.standalone.ao.EntityManagerActiveObjects;
import io.hindsight.standalone.ao.EntityManagers;
import io.hindsight.standalone.notify.OutboxNotifier;
import io.hindsight.testing.db.EmbeddedPostgresDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Once-per-cluster jobs on two embedded-host nodes sharing one PostgreSQL: both nodes run the deadline job (and the
 * metrics rollup job) at the same instant, several times over, and each breach is still recorded and notified once,
 * each minute's rollup run once. The hosts' schedulers need no lock of their own for this: each job claims its work
 * in the database (a unique row per breach, per rollup minute), so whichever node inserts the claim first does the
 * work and the other finds it claimed.
 *
 * <p>The two nodes share this JVM so that their runs can be started together at a barrier; each has its own
 * connection pool, as two JVMs would.
 */
public class ClusterJobsIT {

    private static final int INCIDENTS = 6;
    private static final int RUNS_PER_NODE = 4;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static String databaseUrl;
    private static EmbeddedHost nodeA;
    private static EmbeddedHost nodeB;

    @BeforeClass
    public static void startTwoNodes() throws Exception {
        String name = "cluster_jobs_" + System.nanoTime();
        try (Connection db = DriverManager.getConnection(EmbeddedPostgresDatabase.jdbcUrl(),
                EmbeddedPostgresDatabase.USER, EmbeddedPostgresDatabase.PASSWORD);
                Statement statement = db.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        String server = EmbeddedPostgresDatabase.jdbcUrl();
        databaseUrl = server.substring(0, server.lastIndexOf('/') + 1) + name;
        Path home = Files.createTempDirectory("hindsight-cluster-jobs");
        String url = databaseUrl + "?user=" + EmbeddedPostgresDatabase.USER + "&password="
                + EmbeddedPostgresDatabase.PASSWORD;
        nodeA = EmbeddedHost.start(HostOptions.parse("--port", "0", "--data", home.toString(), "--db", url,
                "--no-sample-data"));
        nodeB = EmbeddedHost.start(HostOptions.parse("--port", "0", "--data", home.toString(), "--db", url,
                "--no-sample-data"));
    }

    @AfterClass
    public static void stopNodes() throws Exception {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    @Test
    public void deadlineJob_onBothNodesAtOnce_recordsAndNotifiesEachBreachOnce() throws Exception {
        List<String> keys = new ArrayList<>();
        Instant declaredAt = Instant.now().minus(4, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        for (int i = 0; i < INCIDENTS; i++) {
            // SEV-1 personal-data breach declared 4 days ago: the executive notification (15 min) and the GDPR
            // notification (72 h) are both missed, and neither is older than the job's 7-day lookback.
            keys.add(declare(nodeA.baseUrl(), "{\"projectKey\": \"OPS\", \"summary\": \"Missed deadlines " + i
                    + "\", \"severity\": \"SEV-1\", \"personalDataBreach\": true, \"declaredAt\": \"" + declaredAt
                    + "\"}"));
        }
        int breaches = 2 * INCIDENTS;

        List<DeadlineJob.Report> reports = together(nodeA.deadlineJob()::runOnce, nodeB.deadlineJob()::runOnce);

        assertEquals("breaches recorded over all runs on both nodes", breaches,
                reports.stream().mapToInt(DeadlineJob.Report::recorded).sum());
        assertEquals("runs that failed", 0, reports.stream().mapToInt(DeadlineJob.Report::failed).sum());
        for (String key : keys) {
            assertEquals(key + ": one entry per missed deadline, read on node B", 2,
                    breachEntries(nodeB.baseUrl(), key));
            assertEquals(key + ": one notice per missed deadline", 2, notices(nodeA.outbox(), key));
        }
    }

    @Test
    public void rollupJob_onBothNodesAtOnce_runsEachMinuteOnce() throws Exception {
        // A minute no earlier run has claimed (the hosts claimed the current one when they started).
        Clock nextHour = Clock.fixed(Instant.now().truncatedTo(ChronoUnit.HOURS).plus(90, ChronoUnit.MINUTES),
                ZoneOffset.UTC);
        List<Class<? extends RawEntity<?>>> entities = new ArrayList<>(MetricsEntities.ALL);
        entities.addAll(IncidentEntities.ALL);
        entities.addAll(ActionItemEntities.ALL);
        EntityManager poolA = EntityManagers.open(databaseUrl, EmbeddedPostgresDatabase.USER,
                EmbeddedPostgresDatabase.PASSWORD, entities);
        EntityManager poolB = EntityManagers.open(databaseUrl, EmbeddedPostgresDatabase.USER,
                EmbeddedPostgresDatabase.PASSWORD, entities);
        try {
            RollupJob onA = new RollupJob(new AoMetricsStore(new EntityManagerActiveObjects(poolA)), nextHour);
            RollupJob onB = new RollupJob(new AoMetricsStore(new EntityManagerActiveObjects(poolB)), nextHour);

            List<RollupJob.Outcome> outcomes = together(onA::runOnce, onB::runOnce);

            assertEquals("runs that did the minute's work", 1,
                    outcomes.stream().filter(outcome -> outcome != RollupJob.Outcome.CLAIMED_ELSEWHERE).count());
            assertEquals(2 * RUNS_PER_NODE, outcomes.size());
        } finally {
            poolA.getProvider().dispose();
            poolB.getProvider().dispose();
        }
    }

    /** Runs each job {@value #RUNS_PER_NODE} times on each node, all released at the same instant. */
    @SafeVarargs
    private static <T> List<T> together(Supplier<T>... perNode) throws Exception {
        int runs = perNode.length * RUNS_PER_NODE;
        CyclicBarrier start = new CyclicBarrier(runs);
        ExecutorService threads = Executors.newFixedThreadPool(runs);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Supplier<T> job : perNode) {
                for (int i = 0; i < RUNS_PER_NODE; i++) {
                    Callable<T> run = () -> {
                        start.await();
                        return job.get();
                    };
                    futures.add(threads.submit(run));
                }
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    private static String declare(URI node, String body) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(node.resolve("/rest/hindsight/1.0/incidents"))
                .header("Authorization", basic("alex")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(response.body(), 201, response.statusCode());
        return JSON.readTree(response.body()).get("key").asText();
    }

    private static int breachEntries(URI node, String key) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(node.resolve("/rest/hindsight/1.0/incidents/"
                + key + "/timeline?limit=500&kind=deadline-breached")).header("Authorization", basic("alex")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(response.body(), 200, response.statusCode());
        JsonNode events = JSON.readTree(response.body()).get("events");
        return events.size();
    }

    private static long notices(OutboxNotifier outbox, String key) {
        return outbox.recent(1_000).stream().filter(message -> message.incidentKey().equals(key)).count();
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":hindsight").getBytes(StandardCharsets.UTF_8));
    }
}
