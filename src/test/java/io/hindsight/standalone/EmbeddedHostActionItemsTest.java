package io.hindsight.standalone;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Action items added from the incident panel on the embedded host, over HTTP: filed in its ACT project, linked to the
 * incident, listed with their status, counted by the metrics, noted on the timeline; and who may not add them.
 */
public class EmbeddedHostActionItemsTest {

    private static final String API = "/rest/hindsight/1.0";
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
    public void anEditor_addsAnActionItem_filedInAct_linked_listedOpen_andOnTheTimeline() throws Exception {
        LocalDate due = LocalDate.now(ZoneOffset.UTC).plusDays(14);
        HttpResponse<String> added = send("POST", "/incidents/OPS-2/action-items", "sam", "{\"summary\": "
                + "\"Alert on connection-pool saturation\", \"owner\": \"u1003\", \"due\": \"" + due
                + "\", \"priority\": \"High\", \"type\": \"short-term\"}");

        assertEquals(added.body(), 201, added.statusCode());
        JsonNode item = JSON.readTree(added.body()).get("actionItem");
        String key = item.get("issueKey").asText();
        assertTrue(key, key.startsWith("ACT-"));
        assertEquals("open", item.get("status").asText());
        assertEquals("u1003", item.get("owner").asText());
        assertEquals("short-term", item.get("type").asText());
        assertEquals(due.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                java.time.Instant.parse(item.get("dueAt").asText()));
        assertTrue(JSON.readTree(added.body()).get("warning").isNull());

        JsonNode issue = json(send("GET", "/follow-ups/" + key, "sam", null));
        assertEquals("OPS-2", issue.get("incidentKey").asText());
        assertEquals("Action item", issue.get("linkType").asText());
        assertEquals("vic", issue.get("assignee").asText());

        JsonNode listed = json(send("GET", "/incidents/OPS-2/action-items", "vic", null));
        assertTrue(listed.toString(), listed.findValuesAsText("issueKey").contains(key));

        JsonNode timeline = json(send("GET", "/incidents/OPS-2/timeline?order=newest&limit=5", "sam", null));
        assertTrue(timeline.toString(), timeline.toString().contains("Action item " + key + " added"));
    }

    @Test
    public void aViewer_isRefused403_andSomeoneWhoCannotSeeTheIncident_gets404() throws Exception {
        String body = "{\"summary\": \"x\", \"owner\": \"u1002\", \"due\": \"" + LocalDate.now(ZoneOffset.UTC)
                .plusDays(3) + "\", \"type\": \"process\"}";

        assertEquals(403, send("POST", "/incidents/OPS-2/action-items", "vic", body).statusCode());
        assertEquals(404, send("POST", "/incidents/OPS-2/action-items", "olga", body).statusCode());
        assertEquals(404, send("GET", "/incidents/OPS-2/action-items", "olga", null).statusCode());
    }

    @Test
    public void badInput_isA400NamingTheField_andFilesNothing() throws Exception {
        String future = LocalDate.now(ZoneOffset.UTC).plusDays(3).toString();
        int before = json(send("GET", "/incidents/OPS-1/action-items", "sam", null)).size();

        assertField("owner", send("POST", "/incidents/OPS-1/action-items", "sam",
                "{\"summary\": \"x\", \"owner\": \"u9999\", \"due\": \"" + future + "\", \"type\": \"process\"}"));
        assertField("due", send("POST", "/incidents/OPS-1/action-items", "sam",
                "{\"summary\": \"x\", \"owner\": \"u1002\", \"due\": \"2020-01-01\", \"type\": \"process\"}"));
        assertField("due", send("POST", "/incidents/OPS-1/action-items", "sam",
                "{\"summary\": \"x\", \"owner\": \"u1002\", \"due\": \"next week\", \"type\": \"process\"}"));
        assertField("type", send("POST", "/incidents/OPS-1/action-items", "sam",
                "{\"summary\": \"x\", \"owner\": \"u1002\", \"due\": \"" + future + "\", \"type\": \"someday\"}"));
        assertField("summary", send("POST", "/incidents/OPS-1/action-items", "sam",
                "{\"summary\": \" \", \"owner\": \"u1002\", \"due\": \"" + future + "\", \"type\": \"process\"}"));
        assertField("priority", send("POST", "/incidents/OPS-1/action-items", "sam", "{\"summary\": \"x\", "
                + "\"owner\": \"u1002\", \"due\": \"" + future + "\", \"type\": \"process\", \"priority\": \"P0\"}"));

        assertEquals(before, json(send("GET", "/incidents/OPS-1/action-items", "sam", null)).size());
    }

    @Test
    public void sampleActionItems_areListedOnTheirIncident_withTheirStatus() throws Exception {
        JsonNode first = json(send("GET", "/action-items?limit=1", "alex", null)).get("items").get(0);
        String incident = first.get("incidentKey").asText();

        JsonNode items = json(send("GET", "/incidents/" + incident + "/action-items", "alex", null));

        assertTrue(items.toString(), items.findValuesAsText("issueKey").contains(first.get("issueKey").asText()));
        for (JsonNode item : items) {
            assertEquals(item.toString(), !item.get("closedAt").isNull(), item.get("status").asText().equals("done"));
        }
    }

    @Test
    public void ownersOfOverdueSampleActionItems_getOneReminderInTheOutbox_perInterval() {
        host.reminderJob().runOnce();
        long reminders = host.outbox().recent(100).stream()
                .filter(message -> message.incidentKey().equals("reminder")).count();

        assertTrue("the sample data has overdue action items", reminders > 0);
        assertEquals(0, host.reminderJob().runOnce().sent());
        assertEquals(reminders, host.outbox().recent(100).stream()
                .filter(message -> message.incidentKey().equals("reminder")).count());
    }

    private static void assertField(String field, HttpResponse<String> response) throws Exception {
        assertEquals(response.body(), 400, response.statusCode());
        assertEquals(response.body(), field, JSON.readTree(response.body()).get("field").asText());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertEquals(response.body(), 200, response.statusCode());
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> send(String method, String path, String user, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(host.baseUrl() + API + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":hindsight").getBytes(StandardCharsets.UTF_8)));
        if (json == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
