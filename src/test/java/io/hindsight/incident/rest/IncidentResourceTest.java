package io.hindsight.incident.rest;

import static io.hindsight.incident.IncidentTestbed.EDITOR;
import static io.hindsight.incident.IncidentTestbed.OUTSIDER;
import static io.hindsight.incident.IncidentTestbed.START;
import static io.hindsight.incident.IncidentTestbed.VIEWER;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hindsight.incident.IncidentTestbed;
import io.hindsight.rest.HeaderCurrentUser;
import io.hindsight.rest.RestTestClient;
import io.hindsight.rest.RestTestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/** {@link IncidentResource} over real HTTP, with the real services and error mapping on Jetty and Jersey. */
public class IncidentResourceTest {

    private static IncidentTestbed bed;
    private static RestTestServer server;
    private static RestTestClient editor;

    @BeforeClass
    public static void startServer() throws Exception {
        HeaderCurrentUser users = new HeaderCurrentUser();
        bed = new IncidentTestbed(users);
        server = RestTestServer.start(users, List.of(bed.service, bed.timeline, bed.policies));
        editor = RestTestClient.anonymous(server).as(EDITOR);
    }

    @AfterClass
    public static void stopServer() {
        server.close();
    }

    @Before
    public void resetTheClock() {
        bed.clock.set(START);
    }

    @Test
    public void declare_answers201WithLocationAndTheIncident() {
        RestTestClient.Answer answer = editor.postJson("/incidents", """
                {"projectKey": "OPS", "summary": "Checkout returns 502", "severity": "SEV-1",
                 "impactStartedAt": "2026-06-01T09:48:00Z"}""");

        JsonNode incident = answer.expect(201);
        String key = incident.get("key").asText();
        assertEquals(server.uri("/incidents/" + key).toString(), answer.header("Location").orElseThrow());
        assertEquals("SEV-1", incident.get("severity").asText());
        assertEquals("Critical", incident.get("severityLabel").asText());
        assertEquals("declared", incident.get("status").asText());
        assertEquals(EDITOR, incident.get("commander").asText());
        assertEquals("required", incident.get("postmortemRequirement").asText());
        assertTrue(incident.get("postmortem").isNull());
        assertTrue(incident.get("personalDataBreach").isNull());
        JsonNode instants = incident.get("keyInstants");
        assertEquals(List.of("impact-started", "detected", "acknowledged", "mitigated", "resolved"), names(instants));
        assertEquals("2026-06-01T09:48:00.000Z", instants.get("impact-started").get("at").asText());
        assertEquals("manual", instants.get("impact-started").get("source").asText());
        assertEquals("key-instant", instants.get("impact-started").get("entryKind").asText());
        assertEquals("derived", instants.get("detected").get("source").asText());
        assertEquals("declared", instants.get("detected").get("entryKind").asText());
        assertTrue(instants.get("resolved").isNull());
        JsonNode executive = incident.get("deadlines").get(0);
        assertEquals("executive-notification", executive.get("clock").asText());
        assertEquals("2026-06-01T10:15:00.000Z", executive.get("dueAt").asText());
        assertEquals("on-track", executive.get("status").asText());
        assertEquals("start-investigation", incident.get("availableTransitions").get(0).get("transition").asText());
        assertEquals("investigating", incident.get("availableTransitions").get(0).get("to").asText());
    }

    @Test
    public void get_answersAnETag_304WhileNothingChanged_and200AfterAChangeOrWhenADeadlineTurns() {
        String key = declare("SEV-1");
        RestTestClient.Answer first = editor.get("/incidents/" + key);
        first.expect(200);
        String tag = first.header("ETag").orElseThrow();
        assertThat(first.header("Cache-Control").orElseThrow(), containsString("no-cache"));

        RestTestClient.Answer unchanged = editor.get("/incidents/" + key, "If-None-Match", tag);
        assertEquals(304, unchanged.status());
        assertEquals("", unchanged.body());
        assertEquals(tag, unchanged.header("ETag").orElseThrow());

        // The executive-notification deadline turns due soon without anything being written.
        bed.clock.advance(Duration.ofMinutes(14));
        RestTestClient.Answer dueSoon = editor.get("/incidents/" + key, "If-None-Match", tag);
        assertEquals("due-soon", dueSoon.expect(200).get("deadlines").get(0).get("status").asText());
        String dueSoonTag = dueSoon.header("ETag").orElseThrow();

        transition(key, "start-investigation").expect(200);
        RestTestClient.Answer changed = editor.get("/incidents/" + key, "If-None-Match", dueSoonTag);
        assertEquals("investigating", changed.expect(200).get("status").asText());
        assertTrue(!dueSoonTag.equals(changed.header("ETag").orElseThrow()));

        editor.as(OUTSIDER).get("/incidents/" + key, "If-None-Match", tag).expectError(404, "not_found");
    }

    @Test
    public void declare_refusesBadInputNamingTheField() {
        assertEquals("severity", editor.postJson("/incidents", """
                {"projectKey": "OPS", "summary": "x", "severity": "SEV-5"}""").expectError(400, "invalid_input"));
        assertEquals("projectKey", editor.postJson("/incidents", """
                {"projectKey": "ops", "summary": "x", "severity": "SEV-2"}""").expectError(400, "invalid_input"));
        assertEquals("sevrity", editor.postJson("/incidents", """
                {"projectKey": "OPS", "summary": "x", "sevrity": "SEV-2"}""").expectError(400, "invalid_input"));
        assertEquals(null, editor.postJson("/incidents", "").expectError(400, "invalid_input"));
        editor.postJson("/incidents", """
                {"projectKey": "NOPE", "summary": "x", "severity": "SEV-2"}""").expectError(404, "not_found");
        editor.as(VIEWER).postJson("/incidents", """
                {"projectKey": "OPS", "summary": "x", "severity": "SEV-2"}""").expectError(403, "forbidden");
    }

    @Test
    public void sev1_declareMitigateResolve_thenCloseIsRefusedWithoutAPublishedPostmortemAndWorksWithOne() {
        String key = declare("SEV-1");
        transition(key, "start-investigation").expect(200);
        transition(key, "mitigate").expect(200);
        JsonNode resolved = transition(key, "resolve").expect(200);

        Instant resolvedAt = Instant.parse(resolved.get("keyInstants").get("resolved").get("at").asText());
        JsonNode postmortemDeadline = deadline(resolved, "postmortem");
        assertEquals(resolvedAt.plus(Duration.ofHours(48)), Instant.parse(postmortemDeadline.get("dueAt").asText()));
        assertEquals("status-changed", resolved.get("keyInstants").get("resolved").get("entryKind").asText());

        RestTestClient.Answer refused = transition(key, "close");
        refused.expectError(409, "illegal_transition");
        assertThat(refused.message(), containsString("needs a published post-mortem"));
        assertThat(refused.message(), containsString("Current status: Resolved"));
        assertThat(refused.message(), containsString("Allowed now: reopen"));

        JsonNode published = editor.putJson("/incidents/" + key + "/postmortem", """
                {"url": "https://wiki.example.com/display/PM/%s", "status": "published"}""".formatted(key)).expect(200);
        assertEquals("published", published.get("postmortem").get("status").asText());
        assertEquals("met", deadline(published, "postmortem").get("status").asText());
        JsonNode closed = transition(key, "close").expect(200);
        assertEquals("closed", closed.get("status").asText());
        assertEquals(0, closed.get("availableTransitions").size());
    }

    @Test
    public void transition_unknownOrNotAllowedFromTheStatus_isRefused() {
        String key = declare("SEV-3");

        assertEquals("transition", transition(key, "teleport").expectError(400, "invalid_input"));
        assertEquals("reason", editor.postJson("/incidents/" + key + "/transitions",
                "{\"transition\": \"cancel\"}").expectError(400, "invalid_input"));
        RestTestClient.Answer refused = transition(key, "resolve");
        refused.expectError(409, "illegal_transition");
        assertThat(refused.message(), containsString("Allowed now: start-investigation, cancel."));
    }

    @Test
    public void severity_changesWithAReason() {
        String key = declare("SEV-2");

        JsonNode raised = editor.postJson("/incidents/" + key + "/severity",
                "{\"severity\": \"SEV-1\", \"reason\": \"Payments fail\"}").expect(200);

        assertEquals("SEV-1", raised.get("severity").asText());
        assertEquals("executive-notification", raised.get("deadlines").get(0).get("clock").asText());
    }

    @Test
    public void keyInstant_setByHandIsManual_andAResolutionBeforeDetectionIsRefused() {
        String key = declare("SEV-2");
        JsonNode detected = editor.putJson("/incidents/" + key + "/key-instants/detected",
                "{\"at\": \"2026-06-01T09:51:00Z\", \"reason\": \"First Grafana alert\"}").expect(200);
        assertEquals("manual", detected.get("keyInstants").get("detected").get("source").asText());
        transition(key, "start-investigation").expect(200);
        transition(key, "resolve").expect(200);

        RestTestClient.Answer refused = editor.putJson("/incidents/" + key + "/key-instants/resolved",
                "{\"at\": \"2026-06-01T09:50:00Z\", \"reason\": \"typo\"}");

        assertEquals("at", refused.expectError(400, "invalid_input"));
        assertThat(refused.message(), containsString("cannot be before detected"));
        assertEquals("instant", editor.putJson("/incidents/" + key + "/key-instants/noticed",
                "{\"at\": \"2026-06-01T09:50:00Z\", \"reason\": \"x\"}").expectError(400, "invalid_input"));
    }

    @Test
    public void keyInstant_mitigatedBeforeMitigation_isAConflict() {
        String key = declare("SEV-2");

        editor.putJson("/incidents/" + key + "/key-instants/mitigated",
                "{\"at\": \"2026-06-01T09:55:00Z\", \"reason\": \"x\"}").expectError(409, "not_reached");
    }

    @Test
    public void deadlines_executiveNotificationIsMetByHand_thePostmortemOneIsNot() {
        String key = declare("SEV-1");

        JsonNode met = editor.putJson("/incidents/" + key + "/deadlines/executive-notification",
                "{\"reason\": \"CTO on the bridge\"}").expect(200);

        assertEquals("met", deadline(met, "executive-notification").get("status").asText());
        assertEquals("clock", editor.putJson("/incidents/" + key + "/deadlines/postmortem",
                "{\"reason\": \"x\"}").expectError(400, "invalid_input"));
        editor.putJson("/incidents/" + key + "/deadlines/executive-notification", "{\"reason\": \"again\"}")
                .expectError(409, "already_met");
    }

    @Test
    public void personalDataBreach_startsThe72HourClock() {
        String key = declare("SEV-3");

        JsonNode flagged = editor.putJson("/incidents/" + key + "/personal-data-breach",
                "{\"awareAt\": \"2026-06-01T09:30:00Z\", \"reason\": \"Export served other tenants' data\"}")
                .expect(200);

        assertEquals("2026-06-01T09:30:00.000Z", flagged.get("personalDataBreach").get("awareAt").asText());
        assertEquals("2026-06-04T09:30:00.000Z", deadline(flagged, "personal-data-breach").get("dueAt").asText());
    }

    @Test
    public void metricsExclusion_marksAGameDayAndCanBeUndone() {
        String key = declare("SEV-2");

        JsonNode excluded = editor.putJson("/incidents/" + key + "/metrics-exclusion",
                "{\"exclusion\": \"game-day\", \"reason\": \"Failover drill\"}").expect(200);
        JsonNode counted = editor.putJson("/incidents/" + key + "/metrics-exclusion",
                "{\"exclusion\": null, \"reason\": \"It hit customers after all\"}").expect(200);

        assertEquals("game-day", excluded.get("metricsExclusion").asText());
        assertTrue(counted.get("metricsExclusion").isNull());
        editor.putJson("/incidents/" + key + "/metrics-exclusion", "{\"exclusion\": \"drill\", \"reason\": \"x\"}")
                .expectError(400, "invalid_input");
    }

    @Test
    public void aViewer_mayReadButEveryChangeIsForbidden() {
        String key = declare("SEV-2");
        RestTestClient viewer = editor.as(VIEWER);

        assertEquals(key, viewer.get("/incidents/" + key).expect(200).get("key").asText());
        for (RestTestClient.Answer answer : changes(viewer, key)) {
            answer.expectError(403, "forbidden");
        }
    }

    @Test
    public void someoneWhoMayNotSeeTheIncident_getsNotFoundForReadsAndChanges() {
        String key = declare("SEV-2");
        RestTestClient outsider = editor.as(OUTSIDER);

        outsider.get("/incidents/" + key).expectError(404, "not_found");
        for (RestTestClient.Answer answer : changes(outsider, key)) {
            answer.expectError(404, "not_found");
        }
        editor.get("/incidents/OPS-999").expectError(404, "not_found");
        assertEquals("incidentKey", editor.get("/incidents/nope").expectError(400, "invalid_input"));
    }

    private static List<RestTestClient.Answer> changes(RestTestClient client, String key) {
        List<RestTestClient.Answer> answers = new ArrayList<>();
        answers.add(client.postJson("/incidents/" + key + "/transitions",
                "{\"transition\": \"cancel\", \"reason\": \"x\"}"));
        answers.add(client.postJson("/incidents/" + key + "/severity", "{\"severity\": \"SEV-1\", \"reason\": \"x\"}"));
        answers.add(client.putJson("/incidents/" + key + "/key-instants/detected",
                "{\"at\": \"2026-06-01T09:50:00Z\", \"reason\": \"x\"}"));
        answers.add(client.putJson("/incidents/" + key + "/postmortem",
                "{\"url\": \"https://wiki.example.com/pm\", \"status\": \"draft\"}"));
        answers.add(client.putJson("/incidents/" + key + "/deadlines/executive-notification", "{\"reason\": \"x\"}"));
        answers.add(client.putJson("/incidents/" + key + "/personal-data-breach", "{\"reason\": \"x\"}"));
        answers.add(client.putJson("/incidents/" + key + "/metrics-exclusion",
                "{\"exclusion\": \"game-day\", \"reason\": \"x\"}"));
        return answers;
    }

    private static String declare(String severity) {
        return editor.postJson("/incidents", """
                {"projectKey": "OPS", "summary": "Checkout returns 502", "severity": "%s"}""".formatted(severity))
                .expect(201).get("key").asText();
    }

    private static RestTestClient.Answer transition(String key, String transition) {
        bed.clock.advance(Duration.ofMinutes(10));
        return editor.postJson("/incidents/" + key + "/transitions",
                "{\"transition\": \"" + transition + "\", \"reason\": \"because\"}");
    }

    private static JsonNode deadline(JsonNode incident, String clock) {
        for (JsonNode deadline : incident.get("deadlines")) {
            if (deadline.get("clock").asText().equals(clock)) {
                return deadline;
            }
        }
        throw new AssertionError("no " + clock + " deadline in " + incident);
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
