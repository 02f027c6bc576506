package io.hindsight.ingest.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hindsight.incident.GrantedPermissions;
import io.hindsight.incident.IncidentAccess;
import io.hindsight.incident.IncidentRef;
import io.hindsight.incident.InMemoryIncidentDirectory;
import io.hindsight.ingest.DeliveryRateLimiter;
import io.hindsight.ingest.InMemoryIncidentClaims;
import io.hindsight.ingest.InMemoryIngestSourceStore;
import io.hindsight.ingest.InMemoryRejectedDeliveryLog;
import io.hindsight.ingest.IngestService;
import io.hindsight.ingest.IngestSettings;
import io.hindsight.ingest.IngestSourceService;
import io.hindsight.ingest.RateLimit;
import io.hindsight.ingest.RecordingIncidentDeclarer;
import io.hindsight.ingest.SourceType;
import io.hindsight.rest.HeaderCurrentUser;
import io.hindsight.rest.RestTestClient;
import io.hindsight.rest.RestTestServer;
import io.hindsight.timeline.InMemoryTimelineStore;
import io.hindsight.timeline.TimelineQuery;
import io.hindsight.timeline.TimelineService;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** {@link IngestResource} over real HTTP: answers, statuses and headers of the webhook endpoint. */
public class IngestResourceTest {

    private static final Instant STARTS_AT = Instant.now().minusSeconds(60);
    private static final IncidentRef OPS_12 = new IncidentRef(12, "OPS-12", "OPS", "Checkout down");
    private static final InMemoryTimelineStore TIMELINE = new InMemoryTimelineStore();
    private static final InMemoryRejectedDeliveryLog REJECTIONS = new InMemoryRejectedDeliveryLog();
    private static RestTestServer server;
    private static RestTestClient client;
    private static String token;
    private static String limitedToken;

    @BeforeClass
    public static void startServer() throws Exception {
        HeaderCurrentUser users = new HeaderCurrentUser();
        InMemoryIncidentDirectory directory = new InMemoryIncidentDirectory().with(OPS_12);
        TimelineService timeline = new TimelineService(new IncidentAccess(directory, new GrantedPermissions(), users),
                TIMELINE, users, Clock.systemUTC());
        InMemoryIngestSourceStore sources = new InMemoryIngestSourceStore();
        IngestSourceService admin = new IngestSourceService(sources, REJECTIONS, () -> Optional.of("admin"),
                Clock.systemUTC());
        token = admin.create("am", SourceType.ALERTMANAGER, null, null).issuedSecret();
        limitedToken = admin.create("limited", SourceType.ALERTMANAGER,
                new IngestSettings(null, List.of(), null, new RateLimit(1, 1)), null).issuedSecret();
        IngestService ingest = new IngestService(sources, REJECTIONS, directory, new InMemoryIncidentClaims(),
                new RecordingIncidentDeclarer(directory), timeline, new JacksonPayloadParser(), new DeliveryRateLimiter(),
                Clock.systemUTC());
        server = RestTestServer.start(users, List.of(timeline, ingest, admin));
        client = RestTestClient.anonymous(server);
    }

    @AfterClass
    public static void stopServer() {
        server.close();
    }

    @Test
    public void delivery_answers200WithWhatItDid() {
        JsonNode report = client.post("/ingest/am", "application/json", body(firing("a1")),
                "Authorization", "Bearer " + token).expect(200);

        assertEquals("am", report.get("source").asText());
        assertEquals(1, report.get("received").asInt());
        assertEquals("[\"OPS-12\"]", report.get("incidents").toString());
        assertEquals(0, report.get("unrouted").asInt());
    }

    @Test
    public void missingToken_is401WithAChallenge() {
        RestTestClient.Answer answer = client.post("/ingest/am", "application/json", body(firing("a2")));

        answer.expectError(401, "missing_credentials");
        assertTrue(answer.header("WWW-Authenticate").orElse("").startsWith("Bearer"));
    }

    @Test
    public void unknownSource_is404() {
        client.post("/ingest/nope", "application/json", body(firing("a3")), "Authorization", "Bearer " + token)
                .expectError(404, "unknown_source");
    }

    @Test
    public void malformedPayload_is400NamingTheField() {
        String field = client.post("/ingest/am", "application/json",
                body("{\"alerts\": [{\"status\": \"firing\", \"labels\": {}, \"startsAt\": 5.5}]}"),
                "Authorization", "Bearer " + token).expectError(400, "invalid_input");

        assertEquals("alerts[0].startsAt", field);
    }

    @Test
    public void oversizedBody_is413WithContentLengthAndChunked_andRecorded() {
        byte[] twoMegabytes = ("{\"alerts\": [], \"pad\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        int before = REJECTIONS.all().size();
        // A connection of its own: an upload refused half-way leaves it unusable, and no other test may inherit it.
        RestTestClient uploads = RestTestClient.anonymous(server);

        try {
            uploads.post("/ingest/am", "application/json", HttpRequest.BodyPublishers.ofByteArray(twoMegabytes),
                    "Authorization", "Bearer " + token).expectError(413, "payload_too_large");
        } catch (UncheckedIOException resetDuringUpload) {
            // HTTP lets a server close on an oversized upload; under load the client may see that reset before the
            // 413. Either way the refusal must be recorded, which the count below checks.
        }
        RestTestClient.anonymous(server).postChunked("/ingest/am", "application/json", () -> new ByteArrayInputStream(twoMegabytes),
                "Authorization", "Bearer " + token).expectError(413, "payload_too_large");

        assertEquals(before + 2, REJECTIONS.all().size());
        assertEquals(413, REJECTIONS.all().get(before).status());
    }

    @Test
    public void overTheRateLimit_is429WithRetryAfter() {
        client.post("/ingest/limited", "application/json", body("{\"alerts\": []}"), "Authorization",
                "Bearer " + limitedToken).expect(200);

        RestTestClient.Answer limited = client.post("/ingest/limited", "application/json", body("{\"alerts\": []}"),
                "Authorization", "Bearer " + limitedToken);

        limited.expectError(429, "rate_limited");
        assertEquals("1", limited.header("Retry-After").orElseThrow());
    }

    @Test
    public void notJson_is415() {
        client.post("/ingest/am", "text/plain", body("alert!"), "Authorization", "Bearer " + token)
                .expectError(415, "unsupported_media_type");
    }

    @Test
    public void replayedDelivery_is200AndStoresNothingNew() {
        client.post("/ingest/am", "application/json", body(firing("r1")), "Authorization", "Bearer " + token).expect(200);
        int entries = entries();

        JsonNode replay = client.post("/ingest/am", "application/json", body(firing("r1")),
                "Authorization", "Bearer " + token).expect(200);

        assertEquals(0, replay.get("stored").asInt());
        assertEquals(1, replay.get("duplicates").asInt());
        assertEquals(entries, entries());
    }

    private static int entries() {
        return TIMELINE.page(OPS_12.id(), TimelineQuery.firstPage(TimelineQuery.Order.OLDEST_FIRST, 500)).events().size();
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return HttpRequest.BodyPublishers.ofString(json);
    }

    private static String firing(String fingerprint) {
        return "{\"version\": \"4\", \"alerts\": [{\"status\": \"firing\", \"labels\": {\"alertname\": \"A\", "
                + "\"hindsight_incident\": \"OPS-12\"}, \"startsAt\": \"" + STARTS_AT
                + "\", \"fingerprint\": \"" + fingerprint + "\"}]}";
    }
}
