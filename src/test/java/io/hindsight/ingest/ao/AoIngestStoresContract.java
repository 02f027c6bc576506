package io.hindsight.ingest.ao;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.hindsight.incident.IncidentRef;
import io.hindsight.incident.Severity;
import io.hindsight.ingest.BearerToken;
import io.hindsight.ingest.GenericMapping;
import io.hindsight.ingest.IncidentClaim;
import io.hindsight.ingest.IncidentGroup;
import io.hindsight.ingest.IngestSettings;
import io.hindsight.ingest.IngestSource;
import io.hindsight.ingest.JsonPointer;
import io.hindsight.ingest.LabelMatcher;
import io.hindsight.ingest.RateLimit;
import io.hindsight.ingest.RejectedDelivery;
import io.hindsight.ingest.RoutingRule;
import io.hindsight.ingest.SourceSecret;
import io.hindsight.ingest.SourceType;
import io.hindsight.platform.ConflictException;
import io.hindsight.standalone.ao.EntityManagerActiveObjects;
import io.hindsight.timeline.TimelineEventKind;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * The Active Objects adapters of ingestion on a real database (each subclass names one): sources with their rules
 * and secrets, incident claims, and the bounded record of refusals. The {@code @NonTransactional} tests commit
 * from many threads, with names of their own.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(IngestDatabaseUpdater.class)
public abstract class AoIngestStoresContract {

    private static final Instant T = Instant.parse("2026-11-20T09:00:00Z");
    private static final SecretBox BOX = new SecretBox(new byte[32]);

    private EntityManager entityManager;
    private AoIngestSourceStore sources;
    private AoIncidentClaims claims;

    @Before
    public void createStores() {
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(entityManager);
        sources = new AoIngestSourceStore(ao, BOX);
        claims = new AoIncidentClaims(ao);
    }

    @Test
    public void source_roundTripsEverySetting() {
        Map<String, Severity> severities = new LinkedHashMap<>();
        severities.put("critical", Severity.SEV_1);
        severities.put("odd \"value\"\nwith a line break", Severity.SEV_4);
        RoutingRule rule = new RoutingRule("checkout", List.of(LabelMatcher.parse("service=~\"checkout|cart\"", "m"),
                LabelMatcher.parse("env!=\"staging\"", "m")), "OPS", "shop", List.of("region", "cluster"), false,
                Severity.SEV_2, "severity", severities);
        RoutingRule second = new RoutingRule("catch-all", List.of(), "SEC", null, null, true, null, null, null);
        IngestSettings settings = new IngestSettings(Set.of("OPS", "SEC"), List.of(rule, second), null,
                new RateLimit(7, 70));

        IngestSource created = sources.create("alertmanager-prod", SourceType.ALERTMANAGER, settings, T, "JIRAUSER1");
        IngestSource found = sources.find("alertmanager-prod").orElseThrow();

        assertEquals(created, found);
        assertEquals(settings, found.settings());
        assertEquals(List.of(found), sources.list());
        assertTrue(sources.find("other").isEmpty());
    }

    @Test
    public void genericMapping_roundTrips() {
        GenericMapping mapping = new GenericMapping(JsonPointer.parse("/items", "m"), JsonPointer.parse("/a~1b", "m"),
                JsonPointer.parse("/t", "m"), null, TimelineEventKind.STATUS_PAGE_UPDATE, JsonPointer.parse("/id", "m"),
                null, null, JsonPointer.parse("/url", "m"), JsonPointer.parse("/labels", "m"));

        sources.create("status-page", SourceType.GENERIC, new IngestSettings(null, null, mapping, null), T, "u");

        assertEquals(mapping, sources.find("status-page").orElseThrow().settings().mapping());
    }

    @Test
    public void update_replacesRulesWholeAndLeavesNoOldRows() throws Exception {
        IngestSource source = sources.create("am", SourceType.ALERTMANAGER, settingsWith("one", "two"), T, "u");

        IngestSource updated = sources.update(source, settingsWith("three"));

        assertEquals(List.of("three"), updated.settings().rules().stream().map(RoutingRule::name).toList());
        assertEquals(updated, sources.find("am").orElseThrow());
        assertEquals(1, entityManager.count(IngestRuleAo.class,
                Query.select().where(IngestRuleAo.SOURCE_ID + " = ?", (int) source.id())));
    }

    @Test
    public void secrets_areHashesForTokensAndSealedKeysForSignedSources_newestFirst() throws Exception {
        IngestSource am = sources.create("am", SourceType.ALERTMANAGER, IngestSettings.defaults(), T, "u");
        IngestSource pd = sources.create("pd", SourceType.PAGERDUTY, IngestSettings.defaults(), T, "u");
        byte[] hash = BearerToken.hash("hst_token");
        byte[] key = "pagerduty-signing-secret".getBytes(StandardCharsets.UTF_8);

        sources.addSecret(am, hash, Duration.ZERO, T, "u");
        sources.addSecret(am, BearerToken.hash("hst_next"), Duration.ofHours(1), T.plusSeconds(60), "v");
        sources.addSecret(pd, key, Duration.ZERO, T, "u");

        List<SourceSecret> amSecrets = sources.latestSecrets(am);
        assertEquals(List.of(2, 1), amSecrets.stream().map(SourceSecret::generation).toList());
        assertArrayEquals(hash, amSecrets.get(1).material());
        assertEquals(Duration.ofHours(1), amSecrets.get(0).previousGrace());
        assertArrayEquals(key, sources.latestSecrets(pd).get(0).material());
        List<String> stored = new ArrayList<>();
        for (IngestSecretAo row : entityManager.find(IngestSecretAo.class, Query.select())) {
            stored.add(row.getMaterial());
        }
        assertTrue(stored.contains(HexFormat.of().formatHex(hash)));
        assertTrue("the signing key is not stored in clear: " + stored,
                stored.stream().noneMatch(text -> text.contains("pagerduty-signing-secret")
                        || text.contains(HexFormat.of().formatHex(key))));
    }

    @Test
    @NonTransactional
    public void sourceName_isTakenOnceUnderConcurrentCreates() throws Exception {
        String name = "race-" + System.nanoTime() % 1_000_000L;
        List<String> outcomes = new CopyOnWriteArrayList<>();
        runConcurrently(6, () -> {
            try {
                sources.create(name, SourceType.DEPLOY, IngestSettings.defaults(), T, "u");
                outcomes.add("created");
            } catch (ConflictException taken) {
                outcomes.add(taken.code());
            }
        });

        assertEquals(1, outcomes.stream().filter("created"::equals).count());
        assertEquals(5, outcomes.stream().filter("source_exists"::equals).count());
    }

    @Test
    @NonTransactional
    public void concurrentRotations_eachGetTheirOwnGeneration() throws Exception {
        IngestSource source = sources.create("rot-" + System.nanoTime() % 1_000_000L, SourceType.DEPLOY,
                IngestSettings.defaults(), T, "u");
        List<Integer> generations = new CopyOnWriteArrayList<>();

        runConcurrently(6, () -> generations.add(
                sources.addSecret(source, BearerToken.hash(BearerToken.generate()), Duration.ZERO, T, "u").generation()));

        assertEquals(Set.of(1, 2, 3, 4, 5, 6), Set.copyOf(generations));
    }

    @Test
    @NonTransactional
    public void claims_recordTheWinnerThenItsIncidentOrItsFailure() {
        IncidentGroup group = new IncidentGroup("OPS", "checkout{region=\"eu\"} " + System.nanoTime());

        assertTrue(claims.latest(group).isEmpty());
        assertTrue(claims.tryClaim(group, 1, T));
        assertFalse(claims.tryClaim(group, 1, T));
        assertEquals(new IncidentClaim(1, T, null, false), claims.latest(group).orElseThrow());
        claims.settle(group, 1, new IncidentRef(77, "OPS-77", "OPS", ""));
        assertEquals(new IncidentClaim(1, T, "OPS-77", false), claims.latest(group).orElseThrow());
        assertTrue(claims.tryClaim(group, 2, T.plusSeconds(5)));
        claims.abandon(group, 2);
        assertEquals(new IncidentClaim(2, T.plusSeconds(5), null, true), claims.latest(group).orElseThrow());
        assertTrue(claims.latest(new IncidentGroup("SEC", group.name())).isEmpty());
    }

    @Test
    @NonTransactional
    public void claim_ofOneGeneration_isWonByExactlyOneOfTwelveThreads() throws Exception {
        IncidentGroup group = new IncidentGroup("OPS", "race-" + System.nanoTime());
        List<Boolean> won = new CopyOnWriteArrayList<>();

        runConcurrently(12, () -> won.add(claims.tryClaim(group, 1, T)));

        assertEquals(1, won.stream().filter(w -> w).count());
        assertEquals(12, won.size());
    }

    @Test
    public void rejections_areListedNewestFirst_perSourceOrAll() {
        AoRejectedDeliveryLog log = new AoRejectedDeliveryLog(new EntityManagerActiveObjects(entityManager));
        log.record(rejection("am", 401));
        log.record(rejection("pd", 400));
        log.record(rejection("am", 413));

        assertEquals(List.of(413, 401), log.newest("am", 10).stream().map(RejectedDelivery::status).toList());
        assertEquals(List.of(413, 400), log.newest(null, 2).stream().map(RejectedDelivery::status).toList());
        RejectedDelivery newest = log.newest(null, 1).get(0);
        assertEquals(new RejectedDelivery(newest.id(), "am", T, 413, "code", "Why it was refused.", "{\"alerts\": [ …"),
                newest);
    }

    @Test
    public void rejections_arePrunedToTheNewest() {
        AoRejectedDeliveryLog log = new AoRejectedDeliveryLog(new EntityManagerActiveObjects(entityManager), 5, 4);
        for (int i = 0; i < 12; i++) {
            log.record(rejection("am", 400 + i));
        }

        List<Integer> kept = log.newest(null, 100).stream().map(RejectedDelivery::status).toList();
        assertEquals("pruned after the 4th, 8th and 12th record", List.of(411, 410, 409, 408, 407), kept);
    }

    private static RejectedDelivery rejection(String source, int status) {
        return new RejectedDelivery(0, source, T, status, "code", "Why it was refused.", "{\"alerts\": [ …");
    }

    private static IngestSettings settingsWith(String... ruleNames) {
        List<RoutingRule> rules = new ArrayList<>();
        for (String name : ruleNames) {
            rules.add(new RoutingRule(name, List.of(), "OPS", null, null, true, null, null, null));
        }
        return new IngestSettings(null, rules, null, null);
    }

    private static void runConcurrently(int threads, ThrowingRunnable work) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<Void> task = () -> {
                    start.await();
                    work.run();
                    return null;
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            for (Future<Void> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Work that may throw. */
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
