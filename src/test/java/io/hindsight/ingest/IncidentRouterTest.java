package io.hindsight.ingest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.hindsight.incident.IncidentRef;
import io.hindsight.incident.InMemoryIncidentDirectory;
import io.hindsight.incident.Severity;
import io.hindsight.timeline.TimelineEventKind;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.Test;

/** {@link IncidentRouter}: explicit keys, rules, groups, and declaring exactly once. */
public class IncidentRouterTest {

    private static final Instant NOW = Instant.parse("2026-11-20T14:10:00Z");
    private static final IncidentRef OPS_12 = new IncidentRef(12, "OPS-12", "OPS", "Checkout down");
    private static final IncidentRef SEC_3 = new IncidentRef(3, "SEC-3", "SEC", "Credential stuffing");

    private final InMemoryIncidentDirectory directory = new InMemoryIncidentDirectory().with(OPS_12).with(SEC_3);
    private final RecordingIncidentDeclarer declarer = new RecordingIncidentDeclarer(directory);
    private final InMemoryIncidentClaims claims = new InMemoryIncidentClaims();
    private final IncidentRouter router = new IncidentRouter(directory, claims, declarer, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    public void explicitKey_routesToThatIncident() {
        RoutingPlan plan = router.plan(source(Set.of()), List.of(firing("a", Map.of(), "OPS-12")));

        assertEquals(List.of(OPS_12), List.copyOf(plan.byIncident().keySet()));
    }

    @Test
    public void explicitKey_thatIsUnknownMalformedOrOutsideTheSourcesProjects_goesNowhereWithAReason() {
        RoutingPlan plan = router.plan(source(Set.of("OPS")), List.of(firing("a", Map.of(), "OPS-99"),
                firing("b", Map.of(), "CHECKOUT"), firing("c", Map.of(), "SEC-3")));

        assertTrue(plan.byIncident().isEmpty());
        assertEquals(List.of("alerts[a]: no incident OPS-99 exists",
                "alerts[b]: 'CHECKOUT' is not an incident key such as OPS-12",
                "alerts[c]: SEC-3 is in a project this source may not write to"), plan.unrouted());
    }

    @Test
    public void noMatchingRule_goesNowhere() {
        RoutingPlan plan = router.plan(source(Set.of(), rule("checkout", "service=\"checkout\"", List.of())),
                List.of(firing("a", Map.of("service", "search"), null)));

        assertEquals(List.of("alerts[a]: names no incident and matches no routing rule"), plan.unrouted());
    }

    @Test
    public void firingAlerts_ofOneGroup_declareOneIncidentAtTheMappedSeverity() {
        RoutingRule rule = new RoutingRule("checkout", List.of(LabelMatcher.parse("service=\"checkout\"", "m")), "OPS",
                null, List.of(), true, Severity.SEV_3, "severity", Map.of("critical", Severity.SEV_1));

        RoutingPlan plan = router.plan(source(Set.of(), rule), List.of(
                firing("a", Map.of("service", "checkout", "severity", "critical"), null),
                firing("b", Map.of("service", "checkout", "severity", "warning"), null)));

        assertEquals(1, declarer.declared().size());
        RecordingIncidentDeclarer.Declared declared = declarer.declared().get(0);
        assertEquals(Severity.SEV_1, declared.severity());
        assertEquals("OPS", declared.incident().projectKey());
        assertEquals("a firing", declared.summary());
        assertTrue(declared.reason(), declared.reason().contains("rule 'checkout'"));
        assertEquals("the admin who configured the source", "admin", declared.onBehalfOfUserKey());
        assertEquals(Set.of(declared.incident().key()), plan.declared());
        assertEquals(2, plan.byIncident().get(declared.incident()).size());
    }

    @Test
    public void laterDeliveries_joinTheOpenIncidentOfTheirGroup_andAResolutionDeclaresNothing() {
        RoutingRule rule = rule("checkout", "service=\"checkout\"", List.of());
        router.plan(source(Set.of(), rule), List.of(firing("a", Map.of("service", "checkout"), null)));

        RoutingPlan later = router.plan(source(Set.of(), rule), List.of(
                signal("b", TimelineEventKind.ALERT_RESOLVED, Map.of("service", "checkout"), null),
                firing("c", Map.of("service", "checkout"), null)));

        assertEquals(1, declarer.declared().size());
        assertEquals(List.of(declarer.declared().get(0).incident()), List.copyOf(later.byIncident().keySet()));
        assertEquals(Set.of(), later.declared());
    }

    @Test
    public void resolutionWithoutAnOpenIncident_goesNowhere() {
        RoutingPlan plan = router.plan(source(Set.of(), rule("checkout", "service=\"checkout\"", List.of())),
                List.of(signal("a", TimelineEventKind.ALERT_RESOLVED, Map.of("service", "checkout"), null)));

        assertTrue(plan.unrouted().get(0), plan.unrouted().get(0).contains("has no open incident"));
        assertEquals(0, declarer.declared().size());
    }

    @Test
    public void groupBy_splitsIncidents_andRulesSharingAGroupShareOne() {
        RoutingRule byRegion = new RoutingRule("latency", List.of(LabelMatcher.parse("alertname=\"Latency\"", "m")), "OPS",
                "checkout", List.of("region"), true, null, null, null);
        RoutingRule pages = new RoutingRule("pages", List.of(LabelMatcher.parse("service=\"Checkout API\"", "m")), "OPS",
                "checkout", List.of("region"), true, null, null, null);

        router.plan(source(Set.of(), byRegion, pages), List.of(
                firing("a", Map.of("alertname", "Latency", "region", "eu"), null),
                firing("b", Map.of("alertname", "Latency", "region", "us"), null),
                signal("c", TimelineEventKind.PAGE_TRIGGERED, Map.of("service", "Checkout API", "region", "eu"), null)));

        assertEquals("eu and us are two groups; the eu page joins the eu alert", 2, declarer.declared().size());
    }

    @Test
    public void closedIncident_letsTheNextFiringDeclareANewOne() {
        RoutingRule rule = rule("checkout", "service=\"checkout\"", List.of());
        router.plan(source(Set.of(), rule), List.of(firing("a", Map.of("service", "checkout"), null)));
        declarer.close(declarer.declared().get(0).incident());

        router.plan(source(Set.of(), rule), List.of(firing("b", Map.of("service", "checkout"), null)));

        assertEquals(2, declarer.declared().size());
    }

    @Test
    public void ruleThatDoesNotDeclare_onlyJoinsAnOpenIncident() {
        RoutingRule quiet = new RoutingRule("quiet", List.of(), "OPS", null, null, false, null, null, null);

        RoutingPlan plan = router.plan(source(Set.of(), quiet), List.of(firing("a", Map.of(), null)));

        assertEquals(0, declarer.declared().size());
        assertTrue(plan.unrouted().get(0), plan.unrouted().get(0).contains("the rule does not declare one"));
    }

    @Test
    public void failedDeclaration_abandonsTheClaimSoTheNextDeliveryTriesAgain() {
        RoutingRule rule = rule("checkout", "service=\"checkout\"", List.of());
        declarer.failWith(new IllegalStateException("Jira is down"));
        assertThrows(IllegalStateException.class, () -> router.plan(source(Set.of(), rule),
                List.of(firing("a", Map.of("service", "checkout"), null))));

        declarer.failWith(null);
        router.plan(source(Set.of(), rule), List.of(firing("b", Map.of("service", "checkout"), null)));

        assertEquals(1, declarer.declared().size());
        assertEquals(2, claims.latest(rule.groupOf(Map.of())).orElseThrow().generation());
    }

    @Test
    public void concurrentDeliveries_declareTheGroupsIncidentExactlyOnce() throws Exception {
        RoutingRule rule = rule("checkout", "service=\"checkout\"", List.of());
        IngestSource source = source(Set.of(), rule);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Set<IncidentRef>>> deliveries = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String id = "d" + i;
            deliveries.add(() -> {
                start.await();
                return router.plan(source, List.of(firing(id, Map.of("service", "checkout"), null))).byIncident().keySet();
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(deliveries.size());
        try {
            List<Future<Set<IncidentRef>>> results = new ArrayList<>();
            deliveries.forEach(delivery -> results.add(pool.submit(delivery)));
            start.countDown();
            List<Set<IncidentRef>> routed = new ArrayList<>();
            for (Future<Set<IncidentRef>> result : results) {
                routed.add(result.get(30, TimeUnit.SECONDS));
            }
            IncidentRef declared = declarer.declaredOnceOrFail();
            routed.forEach(incidents -> assertEquals(Set.of(declared), incidents));
        } finally {
            pool.shutdownNow();
        }
    }

    private static IngestSource source(Set<String> projects, RoutingRule... rules) {
        return Sources.of(SourceType.ALERTMANAGER, new IngestSettings(projects, List.of(rules), null, null));
    }

    private static RoutingRule rule(String name, String matcher, List<String> groupBy) {
        return new RoutingRule(name, List.of(LabelMatcher.parse(matcher, "m")), "OPS", null, groupBy, true, null, null,
                null);
    }

    private static Signal firing(String id, Map<String, String> labels, String key) {
        return signal(id, TimelineEventKind.ALERT_FIRING, labels, key);
    }

    private static Signal signal(String id, TimelineEventKind kind, Map<String, String> labels, String key) {
        return new Signal("alerts[" + id + "]", "alerts[" + id + "].startsAt", kind, NOW, id + " firing", null, null,
                id, labels, key);
    }
}
