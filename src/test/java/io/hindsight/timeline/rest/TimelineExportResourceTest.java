package io.hindsight.timeline.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hindsight.incident.GrantedPermissions;
import io.hindsight.incident.GrantedPermissions.Level;
import io.hindsight.incident.IncidentAccess;
import io.hindsight.incident.IncidentRef;
import io.hindsight.incident.InMemoryIncidentDirectory;
import io.hindsight.rest.HeaderCurrentUser;
import io.hindsight.rest.RestTestClient;
import io.hindsight.rest.RestTestServer;
import io.hindsight.timeline.InMemoryTimelineStore;
import io.hindsight.timeline.NewTimelineEvent;
import io.hindsight.timeline.TimelineEvent;
import io.hindsight.timeline.TimelineEventKind;
import io.hindsight.timeline.PageCountingTimelineStore;
import io.hindsight.timeline.TimelineQuery;
import io.hindsight.timeline.TimelineService;
import io.hindsight.timeline.TimelineSource;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/** {@link TimelineExportResource} over real HTTP: CSV and JSON downloads, streamed page by page from the store. */
public class TimelineExportResourceTest {

    private static final String VIEWER = "vic";
    private static final String OUTSIDER = "nora";
    private static final IncidentRef OPS_1 = new IncidentRef(101, "OPS-1", "OPS", "Checkout down");
    private static final IncidentRef OPS_2 = new IncidentRef(102, "OPS-2", "OPS", "Large");
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final int LARGE = 100_000;

    private static final PageCountingTimelineStore STORE = new PageCountingTimelineStore(new InMemoryTimelineStore());
    private static RestTestServer server;
    private static RestTestClient viewer;

    @BeforeClass
    public static void startServer() throws Exception {
        HeaderCurrentUser users = new HeaderCurrentUser();
        InMemoryIncidentDirectory directory = new InMemoryIncidentDirectory().with(OPS_1).with(OPS_2);
        GrantedPermissions permissions = new GrantedPermissions().grant(VIEWER, "OPS", Level.VIEW);
        TimelineService service = new TimelineService(new IncidentAccess(directory, permissions, users), STORE,
                users, Clock.systemUTC());
        server = RestTestServer.start(users, List.of(service));
        viewer = RestTestClient.anonymous(server).as(VIEWER);
        for (int i = 0; i < LARGE; i++) {
            STORE.append(entry(OPS_2, i, "Alert " + i + " fired on node-" + (i % 40)));
        }
    }

    @AfterClass
    public static void stopServer() {
        server.close();
    }

    @Before
    public void fillSmallTimeline() {
        if (STORE.page(OPS_1.id(), TimelineQuery.firstPage(TimelineQuery.Order.OLDEST_FIRST, 1)).events().isEmpty()) {
            STORE.append(entry(OPS_1, 0, "Deploy, then errors"));
            TimelineEvent formula = STORE.append(entry(OPS_1, 1, "=HYPERLINK(\"http://evil\")")).event();
            STORE.append(entry(OPS_1, 2, "-1 days of \"quotes\"\nand a line break"));
            STORE.hide(OPS_1.id(), formula.id(), new TimelineEvent.Hidden("u9", T0, "spam"));
        }
    }

    @Test
    public void csv_isAnAttachmentWithHeaderAndVisibleEntriesOldestFirst() {
        RestTestClient.Answer answer = viewer.get("/incidents/OPS-1/timeline/export?format=csv");

        assertEquals(200, answer.status());
        assertEquals("text/csv;charset=UTF-8", answer.header("Content-Type").orElseThrow().replace(" ", ""));
        assertEquals("attachment; filename=\"OPS-1-timeline.csv\"", answer.header("Content-Disposition").orElseThrow());
        String[] rows = answer.body().split("\r\n(?=\\d|$)");
        assertEquals(String.join(",", TimelineCsv.HEADER), answer.body().substring(0, answer.body().indexOf("\r\n")));
        assertTrue(answer.body(), answer.body().contains(",\"Deploy, then errors\","));
        assertTrue(answer.body(), answer.body().contains(",\"'-1 days of \"\"quotes\"\"\nand a line break\","));
        assertFalse("hidden entry left out", answer.body().contains("HYPERLINK"));
        assertEquals(3, rows.length);
    }

    @Test
    public void csv_withHiddenEntries_neutralisesTheFormulaAndNamesWhoHidIt() {
        String body = viewer.get("/incidents/OPS-1/timeline/export?format=csv&includeHidden=true").body();

        assertTrue(body, body.contains(",\"'=HYPERLINK(\"\"http://evil\"\")\","));
        assertTrue(body, body.contains(",u9,2026-03-01T10:00:00.000Z,spam\r\n"));
    }

    @Test
    public void json_isTheEntriesAsTheApiWritesThem() {
        RestTestClient.Answer answer = viewer.get("/incidents/OPS-1/timeline/export");

        JsonNode export = answer.expect(200);
        assertEquals("attachment; filename=\"OPS-1-timeline.json\"", answer.header("Content-Disposition").orElseThrow());
        assertEquals("OPS-1", export.get("incident").asText());
        assertEquals(2, export.get("events").size());
        assertEquals("Deploy, then errors", export.get("events").get(0).get("summary").asText());
        assertEquals("2026-03-01T10:00:00.000Z", export.get("events").get(0).get("occurredAt").asText());
        assertEquals("alert-firing", export.get("events").get(0).get("kind").asText());
    }

    @Test
    public void unknownFormat_is400NamingIt() {
        assertEquals("format", viewer.get("/incidents/OPS-1/timeline/export?format=xlsx").expectError(400, "invalid_input"));
    }

    @Test
    public void userWhoMayNotSeeTheIncident_gets404AndNothingIsRead() {
        int pagesBefore = STORE.pages.get();

        RestTestClient.anonymous(server).as(OUTSIDER).get("/incidents/OPS-1/timeline/export?format=csv")
                .expectError(404, "not_found");

        assertEquals(pagesBefore, STORE.pages.get());
    }

    @Test
    public void hundredThousandEntries_streamChunkedInPagesOfAtMost500() throws Exception {
        int pagesBefore = STORE.pages.get();
        STORE.largestPage.set(0);
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        server.uri("/incidents/OPS-2/timeline/export?format=csv"))
                .header(HeaderCurrentUser.HEADER, VIEWER).build(), HttpResponse.BodyHandlers.ofInputStream());

        assertEquals(200, response.statusCode());
        assertEquals("no Content-Length: the size is not known before the end", Optional.empty(),
                response.headers().firstValue("Content-Length"));
        assertEquals("chunked", response.headers().firstValue("Transfer-Encoding").orElse(""));
        long rows = 0;
        String last = null;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                rows++;
                last = line;
            }
        }
        assertEquals(LARGE + 1, rows);
        assertTrue(last, last.contains("Alert " + (LARGE - 1) + " fired"));
        assertEquals(LARGE / TimelineQuery.MAX_LIMIT, STORE.pages.get() - pagesBefore);
        assertEquals(TimelineQuery.MAX_LIMIT, STORE.largestPage.get());
    }

    private static NewTimelineEvent entry(IncidentRef incident, int second, String summary) {
        return new NewTimelineEvent(incident.id(), T0.plusSeconds(second), T0.plusSeconds(second),
                TimelineEventKind.ALERT_FIRING, new TimelineSource("alertmanager"), null, summary, null, null,
                "e-" + second);
    }
}
