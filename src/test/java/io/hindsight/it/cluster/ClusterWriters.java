package io.hindsight.it.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The writers of the two-node test: {@code writersPerNode} threads per node, each making {@code opsPerWriter}
 * writes through its node's {@link FaultyProxy}, alternately a timeline note (one entry) and an Alertmanager
 * delivery ({@value #ALERTS_PER_DELIVERY} alerts, stored in one transaction). After a write succeeds, a share of them
 * is sent again to the other node, as a sender retrying through a load balancer would. Every failed attempt
 * (connection error, 5xx, 429) is retried; a writer whose node is down waits until the test has inspected the
 * aftermath, then fails over to the other node.
 *
 * <p>Every entry's external id starts with {@value #MARK}, followed by the write's id, so the test can count
 * exactly what was stored.
 */
final class ClusterWriters {

    static final String MARK = "rel-";
    static final int ALERTS_PER_DELIVERY = 3;
    static final int MAX_ATTEMPTS = 12;

    /** One node as the writers see it: its proxy, and whether it is down. */
    static final class Route {
        final String node;
        final FaultyProxy proxy;
        volatile boolean down;
        final CountDownLatch failoverAllowed = new CountDownLatch(1);
        /** Writes being sent to this node right now, by id. */
        final Set<String> inFlight = ConcurrentHashMap.newKeySet();

        Route(String node, FaultyProxy proxy) {
            this.node = node;
            this.proxy = proxy;
        }
    }

    /** A write: note or alert delivery, its id, and the incident it goes to. */
    record Write(String id, boolean alerts, String incidentKey) {

        /** The external ids stored for it (alerts: the prefix before {@code @startsAt:status}). */
        List<String> externalIds() {
            if (!alerts) {
                return List.of(MARK + id);
            }
            List<String> ids = new ArrayList<>();
            for (int k = 0; k < ALERTS_PER_DELIVERY; k++) {
                ids.add(MARK + id + "-" + k);
            }
            return ids;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Route[] routes;
    private final List<String> incidentKeys;
    private final String token;
    private final int writersPerNode;
    private final int opsPerWriter;
    private final double duplicateShare;
    private final Instant startsAt;

    final Map<String, Write> unique = new ConcurrentHashMap<>();
    final AtomicInteger deliveries = new AtomicInteger();
    final AtomicInteger duplicatesSent = new AtomicInteger();
    final AtomicInteger duplicatesStoredAgain = new AtomicInteger();
    final AtomicInteger attempts = new AtomicInteger();
    final AtomicInteger connectionErrors = new AtomicInteger();
    final AtomicInteger injectedAnswers = new AtomicInteger();
    final AtomicInteger nodeServerErrors = new AtomicInteger();
    final AtomicInteger node500s = new AtomicInteger();
    final AtomicInteger rateLimited = new AtomicInteger();
    final AtomicInteger failovers = new AtomicInteger();
    final AtomicInteger completed = new AtomicInteger();
    final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());

    ClusterWriters(Route[] routes, List<String> incidentKeys, String token, int writersPerNode, int opsPerWriter,
            double duplicateShare, Instant startsAt) {
        this.routes = routes;
        this.incidentKeys = incidentKeys;
        this.token = token;
        this.writersPerNode = writersPerNode;
        this.opsPerWriter = opsPerWriter;
        this.duplicateShare = duplicateShare;
        this.startsAt = startsAt;
    }

    int totalWrites() {
        return routes.length * writersPerNode * opsPerWriter;
    }

    /** Starts every writer; the returned executor finishes when they all have. */
    ExecutorService start() {
        ExecutorService writers = Executors.newFixedThreadPool(routes.length * writersPerNode);
        for (int node = 0; node < routes.length; node++) {
            for (int writer = 0; writer < writersPerNode; writer++) {
                int home = node;
                int number = writer;
                writers.execute(() -> runWriter(home, number));
            }
        }
        writers.shutdown();
        return writers;
    }

    private void runWriter(int home, int number) {
        Random random = new Random(home * 1_000L + number);
        for (int op = 0; op < opsPerWriter; op++) {
            String id = String.format("%s-%02d-%03d", routes[home].node, number, op);
            Write write = new Write(id, op % 2 == 1, incidentKeys.get((number + op) % incidentKeys.size()));
            unique.put(id, write);
            try {
                deliveries.incrementAndGet();
                send(write, home);
                if (random.nextDouble() < duplicateShare) {
                    duplicatesSent.incrementAndGet();
                    HttpResponse<String> again = send(write, 1 - home);
                    if (again.statusCode() == 201 || again.body().matches("(?s).*\"stored\"\\s*:\\s*[1-9].*")) {
                        duplicatesStoredAgain.incrementAndGet();
                    }
                }
            } catch (RuntimeException | InterruptedException failure) {
                failures.add(id + ": " + failure);
            }
            completed.incrementAndGet();
        }
    }

    /** Sends until a node answers 2xx or 4xx (other than 429), failing over when the node is down. */
    private HttpResponse<String> send(Write write, int preferred) throws InterruptedException {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Route route = routes[preferred];
            if (route.down) {
                route.failoverAllowed.await();
                failovers.incrementAndGet();
                route = routes[1 - preferred];
            }
            attempts.incrementAndGet();
            route.inFlight.add(write.id());
            HttpResponse<String> response;
            try {
                response = http.send(request(route.proxy.baseUrl(), write), HttpResponse.BodyHandlers.ofString());
            } catch (IOException connectionLost) {
                connectionErrors.incrementAndGet();
                pause(attempt);
                continue;
            } finally {
                route.inFlight.remove(write.id());
            }
            int status = response.statusCode();
            if (status >= 500) {
                if (response.headers().firstValue(FaultyProxy.INJECTED_HEADER).isPresent()) {
                    injectedAnswers.incrementAndGet();
                } else {
                    nodeServerErrors.incrementAndGet();
                    if (status == 500) {
                        node500s.incrementAndGet();
                        failures.add(write.id() + ": node answered 500: " + response.body());
                    }
                }
                pause(attempt);
                continue;
            }
            if (status == 429) {
                rateLimited.incrementAndGet();
                pause(attempt);
                continue;
            }
            if (status != 200 && status != 201) {
                throw new IllegalStateException("answered " + status + ": " + response.body());
            }
            return response;
        }
        throw new IllegalStateException("no success after " + MAX_ATTEMPTS + " attempts");
    }

    private HttpRequest request(URI proxy, Write write) {
        HttpRequest.Builder request = HttpRequest.newBuilder().timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json");
        if (write.alerts()) {
            return request.uri(proxy.resolve("/rest/hindsight/1.0/ingest/" + TwoNodeReliabilityIT.SOURCE))
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(alertGroup(write))).build();
        }
        String basic = Base64.getEncoder().encodeToString("sam:hindsight".getBytes(StandardCharsets.UTF_8));
        return request.uri(proxy.resolve("/rest/hindsight/1.0/incidents/" + write.incidentKey() + "/timeline"))
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString("{\"kind\": \"note\", \"summary\": \"Reliability note "
                        + write.id() + "\", \"externalId\": \"" + MARK + write.id() + "\"}")).build();
    }

    private String alertGroup(Write write) {
        StringBuilder alerts = new StringBuilder();
        List<String> ids = write.externalIds();
        for (int k = 0; k < ids.size(); k++) {
            alerts.append(k == 0 ? "" : ", ").append("{\"status\": \"firing\", \"labels\": {\"alertname\": ")
                    .append("\"ReliabilityProbe\", \"probe\": \"").append(ids.get(k))
                    .append("\", \"hindsight_incident\": \"").append(write.incidentKey())
                    .append("\"}, \"annotations\": {\"summary\": \"probe ").append(ids.get(k))
                    .append("\"}, \"startsAt\": \"").append(startsAt).append("\", \"fingerprint\": \"")
                    .append(ids.get(k)).append("\"}");
        }
        return "{\"version\": \"4\", \"status\": \"firing\", \"alerts\": [" + alerts + "]}";
    }

    private static void pause(int attempt) throws InterruptedException {
        Thread.sleep(Math.min(1_000, 20L * attempt * attempt));
    }

    static boolean awaitDone(ExecutorService writers, long minutes) throws InterruptedException {
        return writers.awaitTermination(minutes, TimeUnit.MINUTES);
    }
}
