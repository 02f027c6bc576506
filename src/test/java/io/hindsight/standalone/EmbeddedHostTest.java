package io.hindsight.standalone;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hindsight.standalone.notify.OutboxNotifier;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The embedded host as a user meets it: over HTTP, signed in as the demo users, across a restart; with incidents
 * declared, moved through their lifecycle, and watched by the deadline job.
 */
public class EmbeddedHostTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private Path dataDir;
    private EmbeddedHost host;

    @Before
    public void start() throws Exception {
        dataDir = folder.newFolder("data").toPath();
        host = EmbeddedHost.start(HostOptions.parse("--port", "0", "--data", dataDir.toString()));
    }

    @After
    public void stop() throws Exception {
        if (host != null) {
            host.close();
        }
    }

    @Test
    public void sampleIncident_servesItsTimelineAsJson() throws Exception {
        HttpResponse<String> response = get("/rest/hindsight/1.0/incidents/OPS-1/timeline?limit=500", "sam");

        assertEquals(200, response.statusCode());
        JsonNode events = json.readTree(response.body()).get("events");
        assertEquals("the hidden duplicate is left out by default", 24, events.size());
        assertEquals("deploy-started", events.get(0).get("kind").asText());
        assertEquals("u1002", events.get(0).get("actor").asText());
    }

    @Test
    public void sampleIncident_keepsTheHiddenEntryWithWhoAndWhy() throws Exception {
        JsonNode events = json.readTree(get("/rest/hindsight/1.0/incidents/OPS-1/timeline?includeHidden=true&limit=500",
                "vic").body()).get("events");

        assertEquals(25, events.size());
        JsonNode hidden = null;
        for (JsonNode event : events) {
            if (!event.get("hidden").isNull()) {
                hidden = event;
            }
        }
        assertEquals("Secondary on-call paged as well", hidden.get("summary").asText());
        assertEquals("u1001", hidden.get("hidden").get("by").asText());
        assertEquals("Duplicate of the PagerDuty page entry", hidden.get("hidden").get("reason").asText());
    }

    @Test
    public void userWhoCannotSeeTheProject_getsNotFound() throws Exception {
        HttpResponse<String> response = get("/rest/hindsight/1.0/incidents/OPS-1/timeline", "olga");

        assertEquals(404, response.statusCode());
        assertEquals("not_found", json.readTree(response.body()).get("code").asText());
    }

    @Test
    public void anonymousRequest_isAskedToSignIn() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url("/rest/hindsight/1.0/incidents/OPS-1/timeline"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(401, response.statusCode());
        assertThat(response.headers().firstValue("WWW-Authenticate").orElse(""), containsString("Basic"));
    }

    @Test
    public void wrongPassword_isRefused() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url("/rest/hindsight/1.0/incidents/OPS-1/timeline"))
                .header("Authorization", basic("sam", "wrong")).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(401, response.statusCode());
    }

    @Test
    public void viewOnlyUser_cannotAppend() throws Exception {
        HttpResponse<String> response = post("/rest/hindsight/1.0/incidents/OPS-1/timeline", "vic",
                "{\"kind\":\"note\",\"summary\":\"I was here\"}");

        assertEquals(403, response.statusCode());
    }

    @Test
    public void appendedNote_survivesARestart() throws Exception {
        HttpResponse<String> created = post("/rest/hindsight/1.0/incidents/OPS-2/timeline", "sam",
                "{\"kind\":\"note\",\"summary\":\"Shard 4 rebalance finished\",\"externalId\":\"note-1\"}");
        assertEquals(201, created.statusCode());

        host.close();
        host = EmbeddedHost.start(HostOptions.parse("--port", "0", "--data", dataDir.toString()));

        String timeline = get("/rest/hindsight/1.0/incidents/OPS-2/timeline", "sam").body();
        assertThat(timeline, containsString("Shard 4 rebalance finished"));
        assertEquals("investigating", json.readTree(get("/rest/hindsight/1.0/incidents/OPS-2", "sam").body())
                .get("status").asText());
        assertEquals("the sample data is not loaded a second time", 404,
                get("/rest/hindsight/1.0/incidents/OPS-7/timeline", "alex").statusCode());
    }

    @Test
    public void incidentList_showsOnlyWhatTheUserMaySee() throws Exception {
        String page = get("/", "sam").body();

        assertThat(page, containsString("OPS-1"));
        assertThat(page, containsString("OPS-2"));
        assertThat(page, not(containsString("SEC-1")));
    }

    @Test
    public void incidentPage_mountsTheTimelineBundle() throws Exception {
        String page = get("/incidents/OPS-1", "sam").body();

        assertThat(page, containsString("data-incident-key=\"OPS-1\""));
        assertThat(page, containsString("/frontend/hindsight-timeline.js"));
        assertThat(page, containsString("/frontend/hindsight-timeline.css"));
    }

    @Test
    public void incidentList_offersDeclareForTheProjectsTheUserMayEdit_withEscapedPeople() throws Exception {
        String sams = get("/", "sam").body();
        assertThat(sams, containsString("data-hindsight-declare"));
        assertThat(sams, containsString("data-projects=\"OPS\""));
        assertThat(sams, containsString("{&quot;key&quot;:&quot;u1002&quot;,&quot;name&quot;:&quot;Sam Rivera&quot;}"));
        assertThat(sams, containsString("frontend/hindsight-declare.js"));
        assertThat(get("/", "alex").body(), containsString("data-projects=\"OPS,SEC\""));
        assertThat("view-only users cannot declare", get("/", "vic").body(), not(containsString("data-hindsight-declare")));
    }

    @Test
    public void severityLevels_areReadableByUsersWhoAreNotAdmins() throws Exception {
        HttpResponse<String> levels = get("/rest/hindsight/1.0/severity-levels", "vic");
        assertEquals(200, levels.statusCode());
        assertEquals("PT15M", json.readTree(levels.body()).get("SEV-1").get("requires").get("executiveNotification")
                .asText());
    }

    @Test
    public void timeline_answers304WhileUnchanged_overTheHostsOwnStack() throws Exception {
        HttpResponse<String> first = get("/rest/hindsight/1.0/incidents/OPS-1/timeline?order=newest", "vic");
        String tag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals("Sam Rivera", json.readTree(first.body()).get("people").get("u1002").asText());

        HttpRequest conditional = HttpRequest.newBuilder(url("/rest/hindsight/1.0/incidents/OPS-1/timeline?order=newest"))
                .header("Authorization", basic("vic", "hindsight")).header("If-None-Match", tag).GET().build();
        assertEquals(304, http.send(conditional, HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    public void malformedUri_getsAJsonErrorNotAServerPage() throws Exception {
        try (Socket socket = new Socket(host.baseUrl().getHost(), host.baseUrl().getPort())) {
            socket.getOutputStream().write(("GET /rest/hindsight/1.0/incidents/%/timeline HTTP/1.1\r\nHost: x\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(response, containsString("HTTP/1.1 400"));
            assertThat(response, containsString("{\"status\":400,\"code\":\"http_error\""));
            assertThat(response, not(containsString("Jetty")));
        }
    }

    @Test
    public void sampleIncidents_areTrackedWithTheirSeverityStatusKeyInstantsAndDeadlines() throws Exception {
        JsonNode ops1 = json.readTree(get("/rest/hindsight/1.0/incidents/OPS-1", "sam").body());
        JsonNode ops2 = json.readTree(get("/rest/hindsight/1.0/incidents/OPS-2", "vic").body());
        JsonNode sec1 = json.readTree(get("/rest/hindsight/1.0/incidents/SEC-1", "olga").body());

        assertEquals("SEV-1", ops1.get("severity").asText());
        assertEquals("resolved", ops1.get("status").asText());
        JsonNode instants = ops1.get("keyInstants");
        assertEquals("alert-firing", instants.get("impact-started").get("entryKind").asText());
        assertEquals("manual", instants.get("detected").get("source").asText());
        assertEquals("page-acknowledged", instants.get("acknowledged").get("entryKind").asText());
        assertEquals("status-changed", instants.get("mitigated").get("entryKind").asText());
        Instant resolved = Instant.parse(instants.get("resolved").get("at").asText());
        JsonNode postmortemDue = deadline(ops1, "postmortem");
        assertEquals(resolved.plus(Duration.ofHours(48)), Instant.parse(postmortemDue.get("dueAt").asText()));
        assertEquals("due-soon", postmortemDue.get("status").asText());
        assertEquals("met", deadline(ops1, "executive-notification").get("status").asText());
        assertEquals("draft", ops1.get("postmortem").get("status").asText());
        assertEquals("SEV-3", ops2.get("severity").asText());
        assertEquals("investigating", ops2.get("status").asText());
        Instant aware = Instant.parse(sec1.get("personalDataBreach").get("awareAt").asText());
        assertEquals(aware.plus(Duration.ofHours(72)),
                Instant.parse(deadline(sec1, "personal-data-breach").get("dueAt").asText()));
    }

    @Test
    public void sev1_declaredMitigatedAndResolved_closesOnlyWithAPublishedPostmortem() throws Exception {
        HttpResponse<String> declared = post("/rest/hindsight/1.0/incidents", "sam",
                "{\"projectKey\":\"OPS\",\"summary\":\"Payments time out\",\"severity\":\"SEV-1\"}");
        assertEquals(201, declared.statusCode());
        String key = json.readTree(declared.body()).get("key").asText();
        assertEquals(host.baseUrl() + "/rest/hindsight/1.0/incidents/" + key,
                declared.headers().firstValue("Location").orElseThrow());
        for (String transition : new String[] {"start-investigation", "mitigate", "resolve"}) {
            assertEquals(transition, 200, transition(key, "sam", transition).statusCode());
        }
        JsonNode resolved = json.readTree(get("/rest/hindsight/1.0/incidents/" + key, "sam").body());
        Instant resolvedAt = Instant.parse(resolved.get("keyInstants").get("resolved").get("at").asText());
        assertEquals(resolvedAt.plus(Duration.ofHours(48)),
                Instant.parse(deadline(resolved, "postmortem").get("dueAt").asText()));

        HttpResponse<String> refused = transition(key, "sam", "close");
        assertEquals(409, refused.statusCode());
        JsonNode error = json.readTree(refused.body());
        assertEquals("illegal_transition", error.get("code").asText());
        assertThat(error.get("message").asText(), containsString("needs a published post-mortem"));
        assertThat(error.get("message").asText(), containsString("Current status: Resolved"));

        assertEquals(200, put("/rest/hindsight/1.0/incidents/" + key + "/postmortem", "sam",
                "{\"url\":\"https://wiki.example.com/display/PM/" + key + "\",\"status\":\"published\"}")
                .statusCode());
        HttpResponse<String> closed = transition(key, "sam", "close");
        assertEquals(200, closed.statusCode());
        assertEquals("closed", json.readTree(closed.body()).get("status").asText());
        assertThat(get("/", "sam").body(), containsString("Closed"));
    }

    @Test
    public void incidents_areNotFoundForWhoMayNotSeeThem_andForbiddenToChangeForViewers() throws Exception {
        assertEquals(404, get("/rest/hindsight/1.0/incidents/OPS-1", "olga").statusCode());
        assertEquals(404, transition("OPS-2", "olga", "mitigate").statusCode());
        assertEquals(200, get("/rest/hindsight/1.0/incidents/OPS-1", "vic").statusCode());
        assertEquals(403, transition("OPS-2", "vic", "mitigate").statusCode());
        assertEquals(403, put("/rest/hindsight/1.0/incidents/OPS-1/postmortem", "vic",
                "{\"url\":\"https://wiki.example.com/pm\",\"status\":\"published\"}").statusCode());
        assertEquals(403, post("/rest/hindsight/1.0/incidents", "vic",
                "{\"projectKey\":\"OPS\",\"summary\":\"x\",\"severity\":\"SEV-4\"}").statusCode());
        assertEquals(401, http.send(HttpRequest.newBuilder(url("/rest/hindsight/1.0/incidents"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    public void severityPolicy_isForAdminsOnly() throws Exception {
        HttpResponse<String> policy = get("/rest/hindsight/1.0/admin/severity-policy", "alex");
        assertEquals(200, policy.statusCode());
        assertEquals(403, get("/rest/hindsight/1.0/admin/severity-policy", "sam").statusCode());

        HttpResponse<String> saved = put("/rest/hindsight/1.0/admin/severity-policy", "alex", policy.body());

        assertEquals(200, saved.statusCode());
        assertEquals(1, json.readTree(saved.body()).get("revision").asInt());
        assertEquals(403, put("/rest/hindsight/1.0/admin/severity-policy", "sam", saved.body()).statusCode());
    }

    @Test
    public void deadlineJob_recordsAMissedDeadlineOnceAndPutsTheNoticeInTheAdminsOutbox() throws Exception {
        String declaredAt = Instant.now().minus(Duration.ofMinutes(20)).toString();
        String key = json.readTree(post("/rest/hindsight/1.0/incidents", "sam", "{\"projectKey\":\"OPS\","
                + "\"summary\":\"Recorded after the fact\",\"severity\":\"SEV-1\",\"declaredAt\":\""
                + declaredAt + "\"}").body()).get("key").asText();

        host.deadlineJob().runOnce();
        host.deadlineJob().runOnce();

        List<OutboxNotifier.OutboxMessage> notices = host.outbox().recent(100).stream()
                .filter(message -> message.incidentKey().equals(key)).toList();
        assertEquals(1, notices.size());
        assertEquals(List.of("u1002"), notices.get(0).recipientKeys());
        assertEquals(key + " (SEV-1): Executive notification deadline missed", notices.get(0).subject());
        JsonNode incident = json.readTree(get("/rest/hindsight/1.0/incidents/" + key, "sam").body());
        assertEquals("breached", deadline(incident, "executive-notification").get("status").asText());
        assertThat(get("/rest/hindsight/1.0/incidents/" + key + "/timeline?kind=deadline-breached", "sam").body(),
                containsString("Executive notification deadline missed"));
        assertThat(get("/admin/outbox", "alex").body(), containsString(key + " (SEV-1): Executive notification"));
        assertEquals(404, get("/admin/outbox", "sam").statusCode());
    }

    @Test
    public void incidentList_showsSeverityAndStatus() throws Exception {
        String page = get("/", "sam").body();

        assertThat(page, containsString("<span class=\"severity\">SEV-1</span> <span class=\"status\">Resolved</span>"));
        assertThat(page, containsString("<span class=\"severity\">SEV-3</span> <span class=\"status\">Investigating</span>"));
    }

    @Test
    public void sampleData_givesNonTrivialMetricsThroughTheRealUseCases() throws Exception {
        HttpResponse<String> response = get("/rest/hindsight/1.0/metrics", "sam");

        assertEquals(response.body(), 200, response.statusCode());
        JsonNode metrics = json.readTree(response.body());
        // Three past OPS incidents and the resolved checkout outage count; the game day is excluded; the SEV-3
        // under investigation is open. The SEC breach is outside what Sam may see.
        assertEquals(response.body(), 5, metrics.get("incidents").asInt());
        assertEquals(1, metrics.get("excluded").asInt());
        assertEquals(1, metrics.get("open").asInt());
        JsonNode mtta = metrics.get("durations").get(1);
        assertEquals("mtta", mtta.get("figure").asText());
        assertTrue(mtta.get("medianMs").asLong() > 0);
        assertEquals(1, metrics.get("repeats").get("met").asInt());
    }

    @Test
    public void incidentsPage_mountsTheIncidentsBundleOnTheProjectsTheUserMaySee() throws Exception {
        HttpResponse<String> response = get("/incidents-page", "sam");

        assertEquals(200, response.statusCode());
        String page = response.body();
        assertThat(page, containsString("<div data-hindsight-incidents"));
        assertThat(page, containsString("/frontend/hindsight-incidents.js"));
        assertThat("the declare dialog's bundle comes with it", page, containsString("/frontend/hindsight-declare.js"));
        assertThat(page, containsString("data-projects=\"OPS\""));
        assertThat(get("/incidents-page", "olga").body(), containsString("data-projects=\"SEC\""));
    }

    @Test
    public void incidentsPageData_isLimitedToWhatTheUserMaySee() throws Exception {
        String open = get("/rest/hindsight/1.0/metrics/open-incidents", "sam").body();

        assertThat(open, containsString("OPS-"));
        assertThat(open, not(containsString("SEC-")));
        assertEquals("[]", get("/rest/hindsight/1.0/metrics/open-incidents?project=SEC", "sam").body());
        assertThat(get("/rest/hindsight/1.0/metrics/postmortems-due", "olga").body(), not(containsString("OPS-")));
    }

    @Test
    public void adminPage_isForAdministratorsOnly() throws Exception {
        HttpResponse<String> admin = get("/admin", "alex");

        assertEquals(200, admin.statusCode());
        assertThat(admin.body(), containsString("<div data-hindsight-admin"));
        assertThat(admin.body(), containsString("data-projects-source=\"host\""));
        assertThat(admin.body(), containsString("/frontend/hindsight-admin.js"));
        assertEquals(403, get("/admin", "sam").statusCode());
    }

    @Test
    public void postmortemScreen_offersGeneratingBeforeThereIsAPage_andIsNotFoundForWhoMayNotSee() throws Exception {
        HttpResponse<String> screen = get("/postmortems/OPS-2", "sam");

        assertEquals(200, screen.statusCode());
        assertThat(screen.body(), containsString("data-incident-key=\"OPS-2\""));
        assertThat(screen.body(), containsString("/frontend/hindsight-postmortem.js"));
        assertThat(screen.body(), not(containsString("hs-postmortem-preview")));
        assertEquals(404, get("/postmortems/OPS-2", "olga").statusCode());
    }

    private HttpResponse<String> transition(String key, String user, String transition)
            throws IOException, InterruptedException {
        return post("/rest/hindsight/1.0/incidents/" + key + "/transitions", user,
                "{\"transition\":\"" + transition + "\",\"reason\":\"test\"}");
    }

    private HttpResponse<String> put(String path, String user, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(url(path)).header("Authorization", basic(user, "hindsight"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode deadline(JsonNode incident, String clock) {
        for (JsonNode deadline : incident.get("deadlines")) {
            if (deadline.get("clock").asText().equals(clock)) {
                return deadline;
            }
        }
        throw new AssertionError("no " + clock + " deadline in " + incident);
    }

    @Test
    public void ingestionSources_areForAdministratorsOnly() throws Exception {
        String source = "{\"name\": \"am\", \"type\": \"alertmanager\"}";

        assertEquals(403, post("/rest/hindsight/1.0/ingest-sources", "sam", source).statusCode());
        assertEquals(403, get("/rest/hindsight/1.0/ingest-rejections", "sam").statusCode());
        assertEquals(401, http.send(HttpRequest.newBuilder(url("/rest/hindsight/1.0/ingest-sources")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(201, post("/rest/hindsight/1.0/ingest-sources", "alex", source).statusCode());
    }

    @Test
    public void webhookToken_reachesTheEndpointAndIsNotTakenForASignIn() throws Exception {
        String token = json.readTree(post("/rest/hindsight/1.0/ingest-sources", "alex",
                "{\"name\": \"ci\", \"type\": \"deploy\"}").body()).get("secret").asText();
        String event = "{\"type\": \"deploy-finished\", \"id\": \"run-1\", \"service\": \"search\", "
                + "\"incident\": \"OPS-2\", \"version\": \"7.2\"}";

        HttpResponse<String> delivered = http.send(HttpRequest.newBuilder(url("/rest/hindsight/1.0/ingest/ci"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(event)).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(delivered.body(), 200, delivered.statusCode());
        assertThat(get("/rest/hindsight/1.0/incidents/OPS-2/timeline", "sam").body(),
                containsString("search 7.2 deployed"));
        assertEquals("a token is no sign-in for the rest of the API", 401, http.send(HttpRequest.newBuilder(
                url("/rest/hindsight/1.0/incidents/OPS-2/timeline")).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    private HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(url(path)).header("Authorization", basic(user, "hindsight")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String user, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(url(path)).header("Authorization", basic(user, "hindsight"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create(host.baseUrl() + path);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
