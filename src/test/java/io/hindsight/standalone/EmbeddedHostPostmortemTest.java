package io.hindsight.standalone;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The post-mortem journey on the embedded host, over HTTP as its users meet it: a SEV-1 is resolved, its post-mortem
 * generated (once), edited as a person edits a page, its action items turned into follow-up issues linked both ways,
 * and published, after which the incident can close. Also who may not do what.
 */
public class EmbeddedHostPostmortemTest {

    private static final String API = "/rest/hindsight/1.0";
    private static final Pattern ACTION_ITEMS = Pattern.compile("(<h2>Action items</h2>).*?(<h2>)", Pattern.DOTALL);

    private static final TemporaryFolder FOLDER = new TemporaryFolder();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static EmbeddedHost host;

    @BeforeClass
    public static void start() throws Exception {
        FOLDER.create();
        host = EmbeddedHost.start(HostOptions.parse("--port", "0", "--data", FOLDER.newFolder("data").toString()));
    }

    @AfterClass
    public static void stop() throws Exception {
        if (host != null) {
            host.close();
        }
        FOLDER.delete();
    }

    @Test
    public void resolvedSev1_goesFromGeneratedPostmortemThroughFollowUpsToPublishedAndClosed() throws Exception {
        String incident = resolvedSev1("Checkout payments failing");
        assertEquals("a SEV-1 cannot close before its post-mortem is published", 409,
                transition(incident, "close").statusCode());

        HttpResponse<String> generated = send("POST", API + "/postmortems/" + incident, "sam", null);
        assertEquals(generated.body(), 201, generated.statusCode());
        JsonNode page = JSON.readTree(generated.body());
        assertThat(page.get("title").asText(), containsString(incident));
        assertEquals("draft", incidentJson(incident).get("postmortem").get("status").asText());

        HttpResponse<String> again = send("POST", API + "/postmortems/" + incident, "sam", null);
        assertEquals("generating again offers the page the incident has", 200, again.statusCode());
        assertEquals(page.get("pageId"), JSON.readTree(again.body()).get("pageId"));
        assertFalse(JSON.readTree(again.body()).get("created").asBoolean());

        // A person fills in the action items, then edits them: another owner, a new row, a row deleted.
        LocalDate due = LocalDate.now(ZoneOffset.UTC).plusDays(30);
        JsonNode v1 = view(incident);
        String firstDraft = withActionItems(v1.get("body").asText(), List.of(
                row("Add a configuration check to the deploy pipeline", "u1002", due),
                row("Alert on payment error rate above 2%", "u1002", due.plusDays(7)),
                row("Write the payments failover runbook", "u1001", due.plusDays(14))));
        JsonNode v2 = JSON.readTree(edit(incident, v1.get("version").asInt(), firstDraft, "sam").body());
        String edited = withActionItems(v2.get("body").asText(), List.of(
                row("Add a configuration check to the deploy pipeline", "u1001", due),
                row("Write the payments failover runbook", "u1001", due.plusDays(14)),
                row("Review retry budgets of the payments client", "u1002", due.plusDays(21))));
        HttpResponse<String> saved = edit(incident, v2.get("version").asInt(), edited, "sam");
        assertEquals(saved.body(), 200, saved.statusCode());

        HttpResponse<String> followUps = send("POST", API + "/postmortems/" + incident + "/follow-ups", "sam", null);
        assertEquals(followUps.body(), 200, followUps.statusCode());
        JsonNode rows = JSON.readTree(followUps.body()).get("rows");
        assertEquals(3, rows.size());
        List<String> issueKeys = new ArrayList<>();
        for (JsonNode row : rows) {
            assertEquals(row.toString(), "created", row.get("outcome").asText());
            issueKeys.add(row.get("issueKey").asText());
        }

        String pageUrl = view(incident).get("url").asText();
        String bodyAfter = view(incident).get("body").asText();
        String[] owners = {"alex", "alex", "sam"};
        LocalDate[] dues = {due, due.plusDays(14), due.plusDays(21)};
        for (int i = 0; i < issueKeys.size(); i++) {
            JsonNode issue = JSON.readTree(send("GET", API + "/follow-ups/" + issueKeys.get(i), "vic", null).body());
            assertEquals(owners[i], issue.get("assignee").asText());
            assertEquals(dues[i].toString(), issue.get("due").asText());
            assertEquals("issue -> incident", incident, issue.get("incidentKey").asText());
            assertEquals("issue -> page", pageUrl, issue.get("pageUrl").asText());
            assertThat("page -> issue", bodyAfter, containsString(">" + issueKeys.get(i) + "<"));
        }
        JsonNode linked = JSON.readTree(send("GET", API + "/follow-ups?incident=" + incident, "vic", null).body());
        assertEquals("incident -> issues", 3, linked.size());
        assertThat("the deleted row made no issue", bodyAfter, not(containsString("Alert on payment error rate")));

        JsonNode rerun = JSON.readTree(send("POST", API + "/postmortems/" + incident + "/follow-ups", "sam", null)
                .body());
        for (JsonNode row : rerun.get("rows")) {
            assertEquals(row.toString(), "already-linked", row.get("outcome").asText());
        }
        assertFalse(rerun.get("pageChanged").asBoolean());
        assertEquals("re-running creates nothing twice", 3,
                JSON.readTree(send("GET", API + "/follow-ups?incident=" + incident, "sam", null).body()).size());

        HttpResponse<String> published = send("POST", API + "/postmortems/" + incident + "/status", "sam",
                "{\"status\":\"published\"}");
        assertEquals(published.body(), 200, published.statusCode());
        assertEquals("published", view(incident).get("status").asText());
        assertEquals("published", incidentJson(incident).get("postmortem").get("status").asText());
        assertEquals(200, transition(incident, "close").statusCode());
    }

    @Test
    public void viewOnlyUser_cannotGenerate() throws Exception {
        String incident = resolvedSev1("Search index stale");

        HttpResponse<String> response = send("POST", API + "/postmortems/" + incident, "vic", null);

        assertEquals(403, response.statusCode());
        assertEquals(404, send("GET", API + "/postmortems/" + incident, "sam", null).statusCode());
    }

    @Test
    public void incidentTheUserCannotSee_isNotFound() throws Exception {
        String incident = resolvedSev1("Login latency");

        assertEquals(404, send("POST", API + "/postmortems/" + incident, "olga", null).statusCode());
        assertEquals(201, send("POST", API + "/postmortems/" + incident, "sam", null).statusCode());
        assertEquals(404, send("GET", API + "/postmortems/" + incident, "olga", null).statusCode());
        assertEquals(404, page("/postmortems/" + incident, "olga").statusCode());
    }

    @Test
    public void staleEdit_isAConflict() throws Exception {
        String incident = resolvedSev1("Queue backlog");
        send("POST", API + "/postmortems/" + incident, "sam", null);
        JsonNode v1 = view(incident);
        String body = v1.get("body").asText();
        assertEquals(200, edit(incident, 1, body + "<p>First edit</p>", "sam").statusCode());

        HttpResponse<String> stale = edit(incident, 1, body + "<p>Made on version 1</p>", "alex");

        assertEquals(409, stale.statusCode());
        assertThat(view(incident).get("body").asText(), not(containsString("Made on version 1")));
    }

    @Test
    public void viewOnlyUser_readsThePreviewButCannotEdit() throws Exception {
        String incident = resolvedSev1("CDN purge storm");
        send("POST", API + "/postmortems/" + incident, "sam", null);
        JsonNode page = view(incident);
        String hostile = page.get("body").asText()
                + "<p onclick=\"steal()\">The on-call forgot to check the dashboard &lt;script&gt;</p>"
                + "<a href=\"javascript:steal()\">click</a>";
        assertEquals(200, edit(incident, page.get("version").asInt(), hostile, "sam").statusCode());

        HttpResponse<String> preview = page("/postmortems/" + incident, "vic");

        assertEquals(200, preview.statusCode());
        assertThat(preview.body(), containsString("&lt;script&gt;"));
        assertThat(preview.body(), not(containsString("onclick")));
        assertThat(preview.body(), not(containsString("javascript:")));
        assertThat(preview.body(), containsString("Draft"));
        assertThat("the screen's bundle lists and marks the findings", preview.body(),
                containsString("data-hindsight-postmortem"));
        assertThat(preview.body(), containsString("id=\"hs-postmortem-preview\""));
        assertFalse(JSON.readTree(send("GET", API + "/postmortems/" + incident, "vic", null).body())
                .get("findings").isEmpty());
        assertEquals(403, edit(incident, page.get("version").asInt() + 1, hostile, "vic").statusCode());
        assertEquals(403, send("POST", API + "/postmortems/" + incident + "/status", "vic",
                "{\"status\":\"published\"}").statusCode());
    }

    @Test
    public void followUp_closedByAnEditor_countsAsClosedInTheMetrics_andNobodyElseMayCloseIt() throws Exception {
        String incident = resolvedSev1("Cache stampede after flush");
        send("POST", API + "/postmortems/" + incident, "sam", null);
        JsonNode v1 = view(incident);
        edit(incident, v1.get("version").asInt(), withActionItems(v1.get("body").asText(), List.of(
                row("Rate-limit cache refills", "u1002", LocalDate.now(ZoneOffset.UTC).plusDays(20)))), "sam");
        String issue = JSON.readTree(send("POST", API + "/postmortems/" + incident + "/follow-ups", "sam", null).body())
                .get("rows").get(0).get("issueKey").asText();
        JsonNode before = JSON.readTree(send("GET", API + "/metrics", "sam", null).body()).get("actionItems");
        String transitions = API + "/follow-ups/" + issue + "/transitions";

        assertEquals("a viewer may not close it", 403, send("POST", transitions, "vic", "{\"status\":\"done\"}").statusCode());
        assertEquals("for whoever may not see the incident it does not exist", 404,
                send("POST", transitions, "olga", "{\"status\":\"done\"}").statusCode());
        HttpResponse<String> unknown = send("POST", transitions, "sam", "{\"status\":\"closed\"}");
        assertEquals(400, unknown.statusCode());
        assertEquals("status", JSON.readTree(unknown.body()).get("field").asText());
        assertEquals(404, send("POST", API + "/follow-ups/ACT-99999/transitions", "sam", "{\"status\":\"done\"}")
                .statusCode());
        assertEquals("To Do", JSON.readTree(send("GET", API + "/follow-ups/" + issue, "sam", null).body())
                .get("status").asText());

        HttpResponse<String> closed = send("POST", transitions, "sam", "{\"status\":\"done\"}");

        assertEquals(closed.body(), 200, closed.statusCode());
        assertEquals("Done", JSON.readTree(closed.body()).get("status").asText());
        assertEquals("Done", JSON.readTree(send("GET", API + "/follow-ups/" + issue, "vic", null).body())
                .get("status").asText());
        JsonNode after = JSON.readTree(send("GET", API + "/metrics", "sam", null).body()).get("actionItems");
        assertEquals(before.get("met").asInt() + 1, after.get("met").asInt());
        assertEquals(before.get("pending").asInt() - 1, after.get("pending").asInt());
        assertEquals("closing again changes nothing", 200, send("POST", transitions, "sam",
                "{\"status\":\"done\"}").statusCode());
        assertEquals(after, JSON.readTree(send("GET", API + "/metrics", "sam", null).body()).get("actionItems"));

        assertEquals(200, send("POST", transitions, "sam", "{\"status\":\"to-do\"}").statusCode());
        assertEquals(before, JSON.readTree(send("GET", API + "/metrics", "sam", null).body()).get("actionItems"));
    }

    private static String resolvedSev1(String summary) throws Exception {
        HttpResponse<String> declared = send("POST", API + "/incidents", "sam",
                "{\"projectKey\":\"OPS\",\"summary\":\"" + summary + "\",\"severity\":\"SEV-1\"}");
        assertEquals(declared.body(), 201, declared.statusCode());
        String key = JSON.readTree(declared.body()).get("key").asText();
        assertEquals(200, transition(key, "start-investigation").statusCode());
        assertEquals(200, transition(key, "resolve").statusCode());
        return key;
    }

    private static HttpResponse<String> transition(String incident, String transition) throws Exception {
        return send("POST", API + "/incidents/" + incident + "/transitions", "sam",
                "{\"transition\":\"" + transition + "\",\"reason\":\"as it happened\"}");
    }

    private static JsonNode incidentJson(String incident) throws Exception {
        return JSON.readTree(send("GET", API + "/incidents/" + incident, "sam", null).body());
    }

    private static JsonNode view(String incident) throws Exception {
        HttpResponse<String> response = send("GET", API + "/postmortems/" + incident, "sam", null);
        assertEquals(response.body(), 200, response.statusCode());
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> edit(String incident, int version, String body, String user)
            throws Exception {
        ObjectNode request = JSON.createObjectNode().put("version", version).put("body", body);
        return send("PUT", API + "/postmortems/" + incident, user, JSON.writeValueAsString(request));
    }

    /** The page with its action-item section replaced by a table of these rows, as the editor would save it. */
    private static String withActionItems(String body, List<String> rows) {
        Matcher section = ACTION_ITEMS.matcher(body);
        assertTrue("the generated page has an action-item section", section.find());
        String table = "<table><tbody><tr><th>Action item</th><th>Priority</th><th>Type</th><th>Jira issue</th></tr>"
                + String.join("", rows) + "</tbody></table>";
        return body.substring(0, section.start()) + section.group(1) + table + section.group(2)
                + body.substring(section.end());
    }

    private static String row(String summary, String ownerKey, LocalDate due) {
        return "<tr><td><ac:task-list><ac:task><ac:task-status>incomplete</ac:task-status><ac:task-body>" + summary
                + " — Owner: <ac:link><ri:user ri:userkey=\"" + ownerKey + "\"/></ac:link> · Due: <time datetime=\""
                + due + "\"/></ac:task-body></ac:task></ac:task-list></td><td>High</td><td>Short-term</td>"
                + "<td>not created yet</td></tr>";
    }

    private static HttpResponse<String> page(String path, String user) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(host.baseUrl() + path)).header("Authorization", basic(user))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(String method, String path, String user, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(host.baseUrl() + path))
                .header("Authorization", basic(user));
        if (json == null && method.equals("GET")) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else if (json == null) {
            // Writes take JSON only; those that need nothing more take an empty object.
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString("{}"));
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":hindsight").getBytes(StandardCharsets.UTF_8));
    }
}
