package io.hindsight.ingest.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hindsight.ingest.InMemoryIngestSourceStore;
import io.hindsight.ingest.InMemoryRejectedDeliveryLog;
import io.hindsight.ingest.IngestSourceService;
import io.hindsight.ingest.RejectedDelivery;
import io.hindsight.rest.HeaderCurrentUser;
import io.hindsight.rest.RestTestClient;
import io.hindsight.rest.RestTestServer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** {@link IngestSourceResource} and {@link IngestRejectionResource} over real HTTP (access rules: see the ITs). */
public class IngestSourceResourceTest {

    private static final InMemoryRejectedDeliveryLog REJECTIONS = new InMemoryRejectedDeliveryLog();
    private static RestTestServer server;
    private static RestTestClient admin;

    @BeforeClass
    public static void startServer() throws Exception {
        HeaderCurrentUser users = new HeaderCurrentUser();
        IngestSourceService service = new IngestSourceService(new InMemoryIngestSourceStore(), REJECTIONS, users,
                Clock.systemUTC());
        server = RestTestServer.start(users, List.of(service));
        admin = RestTestClient.anonymous(server).as("JIRAUSER10001");
    }

    @AfterClass
    public static void stopServer() {
        server.close();
    }

    @Test
    public void create_answers201WithTheSecretOnce_andGetNeverShowsIt() {
        RestTestClient.Answer created = admin.postJson("/ingest-sources", """
                {"name": "alertmanager-prod", "type": "alertmanager", "projects": ["OPS"],
                 "rules": [{"name": "checkout", "match": ["service=~\\"checkout|cart\\""], "project": "OPS",
                            "groupBy": ["region"], "severity": "SEV-2", "severityLabel": "severity",
                            "severityMap": {"critical": "SEV-1"}}],
                 "rateLimit": {"perSecond": 20, "burst": 100}}""");

        JsonNode source = created.expect(201);
        assertEquals(server.uri("/ingest-sources/alertmanager-prod").toString(), created.header("Location").orElseThrow());
        assertTrue(source.get("secret").asText().startsWith("hst_"));
        assertEquals("/rest/hindsight/1.0/ingest/alertmanager-prod", source.get("webhookPath").asText());
        assertEquals("token", source.get("credentials").get("scheme").asText());
        assertEquals(1, source.get("credentials").get("generation").asInt());
        JsonNode rule = source.get("rules").get(0);
        assertEquals("[\"service=~\\\"checkout|cart\\\"\"]", rule.get("match").toString());
        assertEquals("checkout", rule.get("group").asText());
        assertTrue(rule.get("declare").asBoolean());
        assertEquals("SEV-1", rule.get("severityMap").get("critical").asText());

        JsonNode fetched = admin.get("/ingest-sources/alertmanager-prod").expect(200);
        assertFalse(fetched.has("secret"));
        assertFalse(admin.get("/ingest-sources").body().contains(source.get("secret").asText()));
    }

    @Test
    public void create_withAnInvalidRule_is400NamingItsField() {
        String field = admin.postJson("/ingest-sources", """
                {"name": "bad-rule", "type": "grafana",
                 "rules": [{"name": "r", "project": "OPS", "match": ["severity=critical"]}]}""")
                .expectError(400, "invalid_input");

        assertEquals("rules[0].match[0]", field);
    }

    @Test
    public void create_withAMisspeltProperty_is400() {
        assertEquals("projetcs", admin.postJson("/ingest-sources",
                "{\"name\": \"x\", \"type\": \"deploy\", \"projetcs\": []}").expectError(400, "invalid_input"));
    }

    @Test
    public void create_twice_is409() {
        admin.postJson("/ingest-sources", "{\"name\": \"ci\", \"type\": \"deploy\"}").expect(201);

        admin.postJson("/ingest-sources", "{\"name\": \"ci\", \"type\": \"deploy\"}").expectError(409, "source_exists");
    }

    @Test
    public void rotate_showsTheNewSecretOnce_andUpdateKeepsIt() {
        JsonNode created = admin.postJson("/ingest-sources", "{\"name\": \"grafana\", \"type\": \"grafana\"}").expect(201);

        JsonNode rotated = admin.postJson("/ingest-sources/grafana/rotate-secret", "{\"graceMinutes\": 90}").expect(200);
        JsonNode updated = admin.put("/ingest-sources/grafana", "{\"projects\": [\"OPS\"]}").expect(200);

        assertFalse(rotated.get("secret").asText().equals(created.get("secret").asText()));
        assertEquals(2, rotated.get("credentials").get("generation").asInt());
        Instant until = Instant.parse(rotated.get("credentials").get("previousValidUntil").asText());
        assertTrue(until.isAfter(Instant.now().plusSeconds(85 * 60)));
        assertEquals(2, updated.get("credentials").get("generation").asInt());
        assertEquals("[\"OPS\"]", updated.get("projects").toString());
        assertFalse(updated.has("secret"));
        assertEquals("graceMinutes", admin.postJson("/ingest-sources/grafana/rotate-secret",
                "{\"graceMinutes\": 99999999999}").expectError(400, "invalid_input"));
    }

    @Test
    public void unknownSource_is404() {
        admin.get("/ingest-sources/nope").expectError(404, "not_found");
        admin.postJson("/ingest-sources/nope/rotate-secret", "{}").expectError(404, "not_found");
    }

    @Test
    public void rejections_areListedNewestFirst() {
        REJECTIONS.record(new RejectedDelivery(0, "am", Instant.parse("2026-11-20T14:00:00Z"), 401,
                "missing_credentials", "No token.", null));

        JsonNode list = admin.get("/ingest-rejections?source=am&limit=5").expect(200);

        assertEquals(1, list.size());
        assertEquals("missing_credentials", list.get(0).get("code").asText());
        assertEquals("2026-11-20T14:00:00.000Z", list.get(0).get("receivedAt").asText());
        assertEquals("limit", admin.get("/ingest-rejections?limit=x").expectError(400, "invalid_input"));
    }
}
