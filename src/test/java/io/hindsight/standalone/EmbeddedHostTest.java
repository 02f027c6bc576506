package io.hindsight.standalone;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The embedded host as a user meets it: over HTTP, signed in as the demo users, across a restart. */
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
        assertEquals("the hidden duplicate is left out by default", 21, events.size());
        assertEquals("deploy-started", events.get(0).get("kind").asText());
        assertEquals("u1002", events.get(0).get("actor").asText());
    }

    @Test
    public void sampleIncident_keepsTheHiddenEntryWithWhoAndWhy() throws Exception {
        JsonNode events = json.readTree(get("/rest/hindsight/1.0/incidents/OPS-1/timeline?includeHidden=true&limit=500",
                "vic").body()).get("events");

        assertEquals(22, events.size());
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
        assertEquals("the sample data is not loaded a second time", 404,
                get("/rest/hindsight/1.0/incidents/OPS-3/timeline", "alex").statusCode());
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
