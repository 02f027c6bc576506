package io.hindsight.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hindsight.incident.IncidentRef;
import io.hindsight.standalone.EmbeddedHost;
import io.hindsight.standalone.HostOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.After;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * A real Alertmanager posts to the embedded host's webhook: alerts pushed into it show up on the incident's
 * timeline as firing and then resolved, once each, although Alertmanager repeats the firing notification every few
 * seconds. One alert names its incident; another matches a routing rule, which declares an incident for it once.
 */
public class AlertmanagerEndToEndIT {

    private static final String SOURCE = "alertmanager-e2e";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Duration REPEAT_INTERVAL = Duration.ofSeconds(3);

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private EmbeddedHost host;
    private Alertmanager alertmanager;
    private HostClient client;

    @BeforeClass
    public static void installAlertmanager() throws Exception {
        Alertmanager.ensureInstalled();
    }

    @Before
    public void start() throws Exception {
        Path data = folder.newFolder("hindsight").toPath();
        host = EmbeddedHost.start(HostOptions.parse("--port", "0", "--data", data.toString(), "--no-sample-data"));
        client = new HostClient(host.baseUrl());
    }

    @After
    public void stop() throws Exception {
        try {
            if (alertmanager != null) {
                alertmanager.close();
            }
        } finally {
            host.close();
        }
    }

    @Test
    public void firingThenResolved_areOnTheTimelineOnceEach_despiteRepeatedNotifications() throws Exception {
        IncidentRef incident = host.incidents().create("OPS", "Checkout errors");
        String token = createSource();
        alertmanager = Alertmanager.start(config(token), folder.newFolder("alertmanager").toPath());
        Instant startsAt = Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.MILLIS);

        alertmanager.push(alerts(incident.key(), startsAt, null));
        awaitTrue("firing entries", () -> kinds(incident.key()).contains("alert-firing")
                && kinds(declaredIncident()).contains("alert-firing"));
        awaitTrue("at least three notifications (two repeats)", () -> notifications() >= 3);
        Instant endsAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        alertmanager.push(alerts(incident.key(), startsAt, endsAt));
        awaitTrue("resolved entries", () -> kinds(incident.key()).contains("alert-resolved")
                && kinds(declaredIncident()).contains("alert-resolved"));
        // A resolved group is notified once and then dropped; give a stray repeat two intervals to show up.
        Thread.sleep(2 * REPEAT_INTERVAL.toMillis() + 1_000);

        assertTrue("three firing rounds and a resolved one", notifications() >= 4);
        assertEquals("no notification failed: " + alertmanager.logTail(), 0.0,
                alertmanager.metric("alertmanager_notifications_failed_total", "integration=\"webhook\""), 0);
        assertEquals(List.of("alert-firing", "alert-resolved"), kinds(incident.key()));
        JsonNode firing = client.timeline(incident.key()).get(0);
        assertEquals("a firing alert happened when it started", startsAt,
                Instant.parse(firing.get("occurredAt").asText()));
        assertEquals("E2EHighErrorRate firing: 23% of checkout requests fail", firing.get("summary").asText());
        assertEquals("alertmanager", firing.get("source").asText());
        assertEquals("http://prometheus.example.test/graph?g0.expr=errors", firing.get("evidenceLink").asText());
        assertEquals(endsAt, Instant.parse(client.timeline(incident.key()).get(1).get("occurredAt").asText()));
        assertEquals("the rule declared one incident: OPS-1 exists, OPS-2 is the declared one, OPS-3 is not",
                404, client.get("/incidents/OPS-3/timeline", "alex").statusCode());
        assertEquals("the alert started before Hindsight declared its incident",
                List.of("alert-firing", "declared", "alert-resolved"), kinds(declaredIncident()));
        assertEquals(0, HostClient.json(client.get("/ingest-rejections?source=" + SOURCE, "alex"), 200).size());
    }

    private String createSource() {
        JsonNode source = HostClient.json(client.postJson("/ingest-sources", "alex", """
                {"name": "%s", "type": "alertmanager",
                 "rules": [{"name": "checkout", "match": ["service=\\"checkout\\""], "project": "OPS",
                            "groupBy": ["alertname"], "severity": "SEV-2"}]}""".formatted(SOURCE)), 201);
        return source.get("secret").asText();
    }

    /** One alert names OPS-1; the other names nothing and matches the rule. */
    private static String alerts(String incidentKey, Instant startsAt, Instant endsAt) {
        String ends = endsAt == null ? "" : ", \"endsAt\": \"" + endsAt + "\"";
        return """
                [{"labels": {"alertname": "E2EHighErrorRate", "service": "checkout-api", "hindsight_incident": "%s"},
                  "annotations": {"summary": "23%% of checkout requests fail"},
                  "generatorURL": "http://prometheus.example.test/graph?g0.expr=errors",
                  "startsAt": "%s"%s},
                 {"labels": {"alertname": "E2ECheckoutLatency", "service": "checkout"},
                  "annotations": {"summary": "p99 above 2 s"},
                  "startsAt": "%s"%s}]""".formatted(incidentKey, startsAt, ends, startsAt, ends);
    }

    /** Short intervals so that repeats happen within seconds; the token goes in http_config.authorization. */
    private String config(String token) {
        return """
                route:
                  receiver: hindsight
                  group_by: ['alertname']
                  group_wait: 1s
                  group_interval: 2s
                  repeat_interval: %ds
                receivers:
                  - name: hindsight
                    webhook_configs:
                      - url: '%s/rest/hindsight/1.0/ingest/%s'
                        send_resolved: true
                        max_alerts: 1000
                        http_config:
                          authorization:
                            type: Bearer
                            credentials: '%s'
                """.formatted(REPEAT_INTERVAL.toSeconds(), host.baseUrl(), SOURCE, token);
    }

    private String declaredIncident() {
        return "OPS-2";
    }

    private List<String> kinds(String incidentKey) {
        if (client.get("/incidents/" + incidentKey + "/timeline", "alex").statusCode() == 404) {
            return List.of();
        }
        return client.timeline(incidentKey).stream().map(entry -> entry.get("kind").asText()).toList();
    }

    private double notifications() {
        try {
            return alertmanager.metric("alertmanager_notifications_total", "integration=\"webhook\"");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Waited " + PATIENCE.toSeconds() + " s for " + what + ". Alertmanager log:\n"
                + alertmanager.logTail());
    }
}
