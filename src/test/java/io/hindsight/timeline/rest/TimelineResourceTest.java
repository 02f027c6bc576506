package io.hindsight.timeline.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hindsight.incident.GrantedPermissions;
import io.hindsight.incident.GrantedPermissions.Level;
import io.hindsight.incident.IncidentAccess;
import io.hindsight.incident.IncidentRef;
import io.hindsight.platform.DisplayNames;
import io.hindsight.incident.InMemoryIncidentDirectory;
import io.hindsight.rest.HeaderCurrentUser;
import io.hindsight.rest.RestTestClient;
import io.hindsight.rest.RestTestServer;
import io.hindsight.timeline.InMemoryTimelinePins;
import io.hindsight.timeline.InMemoryTimelineStore;
import io.hindsight.timeline.TimelinePinService;
import io.hindsight.timeline.TimelineVersionService;
import io.hindsight.timeline.NewTimelineEvent;
import io.hindsight.timeline.TimelineEvent;
import io.hindsight.timeline.TimelineEventKind;
import io.hindsight.timeline.TimelineQuery;
import io.hindsight.timeline.TimelineService;
import io.hindsight.timeline.TimelineSource;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/** {@link TimelineResource} over real HTTP, with the real service and error mapping on Jetty and Jersey. */
public class TimelineResourceTest {

    private static final String EDITOR = "erin";
    private static final String VIEWER = "vic";
    private static final String OUTSIDER = "nora";
    private static final Map<String, String> NAMES = Map.of("erin", "Erin Example", "vic", "Vic Viewer");
    private static final IncidentRef OPS_1 = new IncidentRef(101, "OPS-1", "OPS", "Checkout down");
    private static final IncidentRef OPS_2 = new IncidentRef(102, "OPS-2", "OPS", "Search slow");
    private static final IncidentRef PUB_1 = new IncidentRef(201, "PUB-1", "PUB", "Status page drill");
    private static final String OPS_1_TIMELINE = "/incidents/OPS-1/timeline";

    private static final InMemoryTimelineStore STORE = new InMemoryTimelineStore();
    private static RestTestServer server;
    private static RestTestClient anonymous;

    @BeforeClass
    public static void startServer() throws Exception {
        HeaderCurrentUser users = new HeaderCurrentUser();
        InMemoryIncidentDirectory directory = new InMemoryIncidentDirectory().with(OPS_1).with(OPS_2).with(PUB_1);
        GrantedPermissions permissions = new GrantedPermissions()
                .grant(EDITOR, "OPS", Level.EDIT)
                .grant(VIEWER, "OPS", Level.VIEW)
                .grant(OUTSIDER, "PUB", Level.EDIT)
                .grant(null, "PUB", Level.VIEW);
        IncidentAccess access = new IncidentAccess(directory, permissions, users);
        TimelineService service = new TimelineService(access, STORE, users, Clock.systemUTC());
        server = RestTestServer.start(users, List.of(service,
                new TimelinePinService(access, STORE, new InMemoryTimelinePins(STORE), users, Clock.systemUTC()),
                new TimelineVersionService(access, STORE::versionOf),
                (DisplayNames) key -> Optional.ofNullable(NAMES.get(key))));
        anonymous = RestTestClient.anonymous(server);
    }

    @AfterClass
    public static void stopServer() {
        server.close();
    }

    @Before
    public void emptyTimelines() {
        STORE.clear();
    }

    // --- happy paths

    @Test
    public void append_returns201WithLocationAndTheEntry() {
        RestTestClient.Answer answer = anonymous.as(EDITOR).postJson(OPS_1_TIMELINE, """
                {"occurredAt": "2025-03-01T10:15:30+02:00", "kind": "decision", "summary": " Roll back 4.2 ",
                 "details": "Error rate above 5%", "evidenceLink": "https://grafana.example/d/abc",
                 "externalId": "note-1"}""");

        JsonNode entry = answer.expect(201);
        assertEquals(server.uri(OPS_1_TIMELINE + "/" + entry.get("id").asLong()).toString(),
                answer.header("Location").orElseThrow());
        assertEquals("2025-03-01T08:15:30.000Z", entry.get("occurredAt").asText());
        assertTrue(entry.get("recordedAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));
        assertEquals("decision", entry.get("kind").asText());
        assertEquals("manual", entry.get("source").asText());
        assertEquals(EDITOR, entry.get("actor").asText());
        assertEquals("Roll back 4.2", entry.get("summary").asText());
        assertEquals("Error rate above 5%", entry.get("details").asText());
        assertEquals("https://grafana.example/d/abc", entry.get("evidenceLink").asText());
        assertEquals("note-1", entry.get("externalId").asText());
        assertTrue(entry.get("backdated").asBoolean());
        assertTrue(entry.get("hidden").isNull());
    }

    @Test
    public void append_withoutOccurredAt_happensNowAndIsNotBackdated() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        JsonNode entry = anonymous.as(EDITOR).postJson(OPS_1_TIMELINE, "{\"kind\": \"note\", \"summary\": \"Paged DBA\"}")
                .expect(201);

        Instant occurredAt = Instant.parse(entry.get("occurredAt").asText());
        assertFalse(occurredAt.isBefore(before));
        assertEquals(entry.get("recordedAt").asText(), entry.get("occurredAt").asText());
        assertFalse(entry.get("backdated").asBoolean());
        assertTrue(entry.get("details").isNull());
        assertTrue(entry.get("evidenceLink").isNull());
    }

    @Test
    public void append_repeatedExternalId_returns200WithTheFirstEntry() {
        String body = "{\"kind\": \"note\", \"summary\": \"First\", \"externalId\": \"chat-42\"}";
        JsonNode first = anonymous.as(EDITOR).postJson(OPS_1_TIMELINE, body).expect(201);

        RestTestClient.Answer repeat = anonymous.as(EDITOR).postJson(OPS_1_TIMELINE,
                "{\"kind\": \"note\", \"summary\": \"Second\", \"externalId\": \"chat-42\"}");

        JsonNode existing = repeat.expect(200);
        assertEquals(first, existing);
        assertFalse(repeat.header("Location").isPresent());
    }

    @Test
    public void get_returnsTheEntryBehindTheLocation() {
        RestTestClient.Answer created = anonymous.as(EDITOR).postJson(OPS_1_TIMELINE,
                "{\"kind\": \"rollback\", \"summary\": \"Rolled back\"}");
        String path = created.header("Location").orElseThrow().substring(server.uri("").toString().length());

        JsonNode viewed = anonymous.as(VIEWER).get(path).expect(200);

        assertEquals(created.json(), viewed);
    }

    @Test
    public void get_unknownEntryOrEntryOfAnotherIncident_is404() {
        long id = seed(OPS_2, Instant.parse("2025-01-01T00:00:00Z"), TimelineEventKind.NOTE).id();

        anonymous.as(EDITOR).get(OPS_1_TIMELINE + "/" + id).expectError(404, "not_found");
        anonymous.as(EDITOR).get(OPS_1_TIMELINE + "/999999999").expectError(404, "not_found");
        anonymous.as(EDITOR).get(OPS_1_TIMELINE + "/abc").expectError(404, "not_found");
    }

    @Test
    public void hide_recordsWhoWhenAndWhy_andListsOmitHiddenEntriesUnlessAsked() {
        long id = seed(OPS_1, Instant.parse("2025-01-01T00:00:00Z"), TimelineEventKind.NOTE).id();
        seed(OPS_1, Instant.parse("2025-01-01T00:01:00Z"), TimelineEventKind.NOTE);

        JsonNode hidden = anonymous.as(EDITOR).postJson(OPS_1_TIMELINE + "/" + id + "/hide",
                "{\"reason\": \"Posted to the wrong incident\"}").expect(200);

        assertEquals(id, hidden.get("id").asLong());
        assertEquals(EDITOR, hidden.at("/hidden/by").asText());
        assertEquals("Posted to the wrong incident", hidden.at("/hidden/reason").asText());
        assertTrue(hidden.at("/hidden/at").asText().endsWith("Z"));
        assertEquals(1, anonymous.as(VIEWER).get(OPS_1_TIMELINE).expect(200).get("events").size());
        assertEquals(2, anonymous.as(VIEWER).get(OPS_1_TIMELINE + "?includeHidden=true").expect(200)
                .get("events").size());
    }

    @Test
    public void list_filtersByKind() {
        seed(OPS_1, Instant.parse("2025-01-01T00:00:00Z"), TimelineEventKind.ALERT_FIRING);
        seed(OPS_1, Instant.parse("2025-01-01T00:01:00Z"), TimelineEventKind.NOTE);
        seed(OPS_1, Instant.parse("2025-01-01T00:02:00Z"), TimelineEventKind.DECISION);

        JsonNode page = anonymous.as(VIEWER).get(OPS_1_TIMELINE + "?kind=alert-firing&kind=decision").expect(200);

        assertEquals(List.of("alert-firing", "decision"), page.get("events").findValuesAsText("kind"));
        assertTrue(page.get("next").isNull());
    }

    @Test
    public void list_pagesThrough250EntriesWithTheCursor_inBothOrders() {
        List<TimelineEvent> seeded = seedShuffled(250);
        Comparator<TimelineEvent> oldestFirst =
                Comparator.comparing(TimelineEvent::occurredAt).thenComparingLong(TimelineEvent::id);
        List<Long> expectedOldestFirst = seeded.stream().sorted(oldestFirst).map(TimelineEvent::id).toList();
        List<Long> expectedNewestFirst = new ArrayList<>(expectedOldestFirst);
        Collections.reverse(expectedNewestFirst);

        assertEquals(expectedOldestFirst, readAllPages("oldest", 40, 7));
        assertEquals(expectedNewestFirst, readAllPages("newest", 40, 7));
        assertEquals(expectedNewestFirst, readAllPages("newest", 250, 1));
    }

    // --- who may do what

    @Test
    public void unknownIncidentAndIncidentTheCallerMayNotSee_give404WithTheSameMessage() {
        RestTestClient.Answer unknown = anonymous.as(EDITOR).get("/incidents/OPS-999/timeline");
        unknown.expectError(404, "not_found");

        RestTestClient.Answer hidden = anonymous.as(OUTSIDER).get(OPS_1_TIMELINE);

        hidden.expectError(404, "not_found");
        assertEquals(unknown.message().replace("OPS-999", "OPS-1"), hidden.message());
        anonymous.as(OUTSIDER).postJson(OPS_1_TIMELINE, "{\"kind\": \"note\", \"summary\": \"x\"}")
                .expectError(404, "not_found");
        anonymous.get(OPS_1_TIMELINE).expectError(404, "not_found");
    }

    @Test
    public void viewOnlyUser_mayReadButNotWrite() {
        long id = seed(OPS_1, Instant.parse("2025-01-01T00:00:00Z"), TimelineEventKind.NOTE).id();

        anonymous.as(VIEWER).get(OPS_1_TIMELINE).expect(200);
        anonymous.as(VIEWER).postJson(OPS_1_TIMELINE, "{\"kind\": \"note\", \"summary\": \"x\"}")
                .expectError(403, "forbidden");
        anonymous.as(VIEWER).postJson(OPS_1_TIMELINE + "/" + id + "/hide", "{\"reason\": \"x\"}")
                .expectError(403, "forbidden");
    }

    @Test
    public void anonymousCaller_mayReadAPublicIncidentButNotWrite() {
        anonymous.get("/incidents/PUB-1/timeline").expect(200);

        anonymous.postJson("/incidents/PUB-1/timeline", "{\"kind\": \"note\", \"summary\": \"x\"}")
                .expectError(401, "unauthenticated");
    }

    @Test
    public void hidingAHiddenEntry_is409() {
        long id = seed(OPS_1, Instant.parse("2025-01-01T00:00:00Z"), TimelineEventKind.NOTE).id();
        String hide = OPS_1_TIMELINE + "/" + id + "/hide";
        anonymous.as(EDITOR).postJson(hide, "{\"reason\": \"Duplicate\"}").expect(200);

        anonymous.as(EDITOR).postJson(hide, "{\"reason\": \"Duplicate again\"}").expectError(409, "already_hidden");

        JsonNode entry = anonymous.as(EDITOR).get(OPS_1_TIMELINE + "/" + id).expect(200);
        assertEquals("Duplicate", entry.at("/hidden/reason").asText());
    }

    // --- bad input

    @Test
    public void missingSummary_is400OnSummary() {
        assertEquals("summary", anonymous.as(EDITOR).postJson(OPS_1_TIMELINE, "{\"kind\": \"note\"}")
                .expectError(400, "invalid_input"));
        assertEquals("summary", anonymous.as(EDITOR).postJson(OPS_1_TIMELINE, "{\"kind\": \"note\", \"summary\": \" \"}")
                .expectError(400, "invalid_input"));
    }

    @Test
    public void missingReasonWhenHiding_is400OnReason() {
        long id = seed(OPS_1, Instant.parse("2025-01-01T00:00:00Z"), TimelineEventKind.NOTE).id();

        assertEquals("reason", anonymous.as(EDITOR).postJson(OPS_1_TIMELINE + "/" + id + "/hide", "{}")
                .expectError(400, "invalid_input"));
    }

    @Test
    public void javascriptEvidenceLink_is400OnEvidenceLink() {
        assertEquals("evidenceLink", anonymous.as(EDITOR).postJson(OPS_1_TIMELINE,
                "{\"kind\": \"note\", \"summary\": \"x\", \"evidenceLink\": \"javascript:alert(1)\"}")
                .expectError(400, "invalid_input"));
    }

    @Test
    public void unknownKind_is400OnKind_inBodyAndQuery() {
        assertEquals("kind", anonymous.as(EDITOR).postJson(OPS_1_TIMELINE,
                "{\"kind\": \"party\", \"summary\": \"x\"}").expectError(400, "invalid_input"));
        assertEquals("kind", anonymous.as(EDITOR).get(OPS_1_TIMELINE + "?kind=party")
                .expectError(400, "invalid_input"));
    }

    @Test
    public void unknownProperty_is400NamingIt() {
        RestTestClient.Answer answer = anonymous.as(EDITOR).postJson(OPS_1_TIMELINE,
                "{\"kind\": \"note\", \"summary\": \"x\", \"occuredAt\": \"2025-01-01T00:00:00Z\"}");

        assertEquals("occuredAt", answer.expectError(400, "invalid_input"));
        assertTrue(answer.message(), answer.message().contains("occuredAt"));
        assertEquals("source", anonymous.as(EDITOR).postJson(OPS_1_TIMELINE,
                "{\"kind\": \"note\", \"summary\": \"x\", \"source\": \"alertmanager\"}")
                .expectError(400, "invalid_input"));
    }

    @Test
    public void wrongJsonTypes_are400NamingTheField() {
        assertEquals("occurredAt", anonymous.as(EDITOR).postJson(OPS_1_TIMELINE,
                "{\"kind\": \"note\", \"summary\": \"x\", \"occurredAt\": 12}").expectError(400, "invalid_input"));
        assertEquals("occurredAt", anonymous.as(EDITOR).postJson(OPS_1_TIMELINE,
                "{\"kind\": \"note\", \"summary\": \"x\", \"occurredAt\": \"yesterday\"}")
                .expectError(400, "invalid_input"));
        assertEquals("occurredAt", anonymous.as(EDITOR).postJson(OPS_1_TIMELINE,
                "{\"kind\": \"note\", \"summary\": \"x\", \"occurredAt\": \"2025-01-01T10:00:00\"}")
                .expectError(400, "invalid_input"));
        assertEquals("summary", anonymous.as(EDITOR).postJson(OPS_1_TIMELINE,
                "{\"kind\": \"note\", \"summary\": 12}").expectError(400, "invalid_input"));
        assertEquals("summary", anonymous.as(EDITOR).postJson(OPS_1_TIMELINE,
                "{\"kind\": \"note\", \"summary\": {\"text\": \"x\"}}").expectError(400, "invalid_input"));
        assertEquals("kind", anonymous.as(EDITOR).postJson(OPS_1_TIMELINE,
                "{\"kind\": true, \"summary\": \"x\"}").expectError(400, "invalid_input"));
        assertNull(anonymous.as(EDITOR).postJson(OPS_1_TIMELINE, "[{\"kind\": \"note\"}]")
                .expectError(400, "invalid_input"));
        assertNull(anonymous.as(EDITOR).postJson(OPS_1_TIMELINE, "\"note\"").expectError(400, "invalid_input"));
    }

    @Test
    public void badQueryParameters_are400NamingThem() {
        assertEquals("limit", anonymous.as(VIEWER).get(OPS_1_TIMELINE + "?limit=abc").expectError(400, "invalid_input"));
        assertEquals("limit", anonymous.as(VIEWER).get(OPS_1_TIMELINE + "?limit=0").expectError(400, "invalid_input"));
        assertEquals("limit", anonymous.as(VIEWER).get(OPS_1_TIMELINE + "?limit=501").expectError(400, "invalid_input"));
        assertEquals("order", anonymous.as(VIEWER).get(OPS_1_TIMELINE + "?order=sideways")
                .expectError(400, "invalid_input"));
        assertEquals("cursor", anonymous.as(VIEWER).get(OPS_1_TIMELINE + "?cursor=not-ours")
                .expectError(400, "invalid_input"));
        assertEquals("includeHidden", anonymous.as(VIEWER).get(OPS_1_TIMELINE + "?includeHidden=yes")
                .expectError(400, "invalid_input"));
        assertEquals("incidentKey", anonymous.as(VIEWER).get("/incidents/not-a-key/timeline")
                .expectError(400, "invalid_input"));
    }

    @Test
    public void malformedJson_is400WithoutEchoingTheInput() {
        String huge = "x".repeat(500_000);
        RestTestClient.Answer answer = anonymous.as(EDITOR).postJson(OPS_1_TIMELINE,
                "{\"kind\": \"note\", \"summary\": \"" + huge + "\" \"details\": }");

        assertNull(answer.expectError(400, "invalid_input"));
        assertTrue(answer.body(), answer.body().length() < 300);
        assertFalse(answer.body().contains("xxxx"));
        assertNull(anonymous.as(EDITOR).postJson(OPS_1_TIMELINE, "{\"kind\": \"note\",")
                .expectError(400, "invalid_input"));
        assertNull(anonymous.as(EDITOR).postJson(OPS_1_TIMELINE, "{\"kind\": \"note\", \"summary\": \"x\"} trailing")
                .expectError(400, "invalid_input"));
        assertNull(anonymous.as(EDITOR).postJson(OPS_1_TIMELINE, "{\"summary\": \"a\", \"summary\": \"b\"}")
                .expectError(400, "invalid_input"));
    }

    @Test
    public void emptyBody_is400() {
        anonymous.as(EDITOR).postJson(OPS_1_TIMELINE, "").expectError(400, "invalid_input");
    }

    @Test
    public void bodyOverOneMebibyte_is413_withContentLengthAndChunked() {
        byte[] twoMegabytes = ("{\"kind\": \"note\", \"summary\": \"x\", \"details\": \""
                + "y".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

        anonymous.as(EDITOR).post(OPS_1_TIMELINE, "application/json",
                HttpRequest.BodyPublishers.ofByteArray(twoMegabytes)).expectError(413, "payload_too_large");
        anonymous.as(EDITOR).postChunked(OPS_1_TIMELINE, "application/json",
                () -> new ByteArrayInputStream(twoMegabytes)).expectError(413, "payload_too_large");
    }

    @Test
    public void chunkedBodyUnderTheLimit_isRead() {
        byte[] body = "{\"kind\": \"note\", \"summary\": \"chunked\"}".getBytes(StandardCharsets.UTF_8);

        anonymous.as(EDITOR).postChunked(OPS_1_TIMELINE, "application/json", () -> new ByteArrayInputStream(body))
                .expect(201);
    }

    @Test
    public void nonJsonWrites_are415() {
        anonymous.as(EDITOR).post(OPS_1_TIMELINE, "text/plain",
                HttpRequest.BodyPublishers.ofString("{\"kind\": \"note\", \"summary\": \"x\"}"))
                .expectError(415, "unsupported_media_type");
        anonymous.as(EDITOR).post(OPS_1_TIMELINE, "application/x-www-form-urlencoded",
                HttpRequest.BodyPublishers.ofString("kind=note&summary=x"))
                .expectError(415, "unsupported_media_type");
        assertEquals(0, STORE.page(OPS_1.id(),
                TimelineQuery.firstPage(TimelineQuery.Order.OLDEST_FIRST, 10)).events().size());
    }

    @Test
    public void containerErrors_keepTheirStatusWithAJsonBody() {
        anonymous.as(EDITOR).get("/no/such/path").expectError(404, "not_found");
        RestTestClient.Answer wrongMethod = anonymous.as(EDITOR).send("DELETE", OPS_1_TIMELINE);
        wrongMethod.expectError(405, "method_not_allowed");
        assertTrue(wrongMethod.header("Allow").orElseThrow().contains("POST"));
        anonymous.as(EDITOR).get(OPS_1_TIMELINE, "Accept", "text/html").expectError(406, "not_acceptable");
    }

    private List<Long> readAllPages(String order, int limit, int expectedPages) {
        List<Long> ids = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            String query = "?order=" + order + "&limit=" + limit + (next == null ? "" : "&cursor=" + next);
            JsonNode page = anonymous.as(VIEWER).get(OPS_1_TIMELINE + query).expect(200);
            page.get("events").forEach(event -> ids.add(event.get("id").asLong()));
            next = page.get("next").isNull() ? null : page.get("next").asText();
            pages++;
            assertTrue("runaway paging", pages <= expectedPages);
        } while (next != null);
        assertEquals(expectedPages, pages);
        return ids;
    }

    /** Entries stored in an order unrelated to their time, three to a millisecond, so ids alone cannot page. */
    private static List<TimelineEvent> seedShuffled(int count) {
        List<Integer> slots = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            slots.add(i);
        }
        Collections.shuffle(slots, new Random(7));
        Instant start = Instant.parse("2025-02-01T00:00:00Z");
        List<TimelineEvent> seeded = new ArrayList<>();
        for (int slot : slots) {
            seeded.add(seed(OPS_1, start.plusMillis(slot / 3), TimelineEventKind.NOTE));
        }
        seed(OPS_2, start, TimelineEventKind.NOTE);
        assertNotEquals(seeded.stream().map(TimelineEvent::id).toList(),
                seeded.stream().sorted(Comparator.comparing(TimelineEvent::occurredAt)).map(TimelineEvent::id).toList());
        return seeded;
    }

    private static TimelineEvent seed(IncidentRef incident, Instant occurredAt, TimelineEventKind kind) {
        return STORE.append(new NewTimelineEvent(incident.id(), occurredAt, occurredAt, kind, TimelineSource.JIRA,
                null, "Seeded " + kind.code(), null, null, null)).event();
    }
}
