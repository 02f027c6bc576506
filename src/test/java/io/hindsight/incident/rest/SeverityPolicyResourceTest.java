package io.hindsight.incident.rest;

import static io.hindsight.incident.IncidentTestbed.ADMIN;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hindsight.incident.IncidentTestbed;
import io.hindsight.rest.HeaderCurrentUser;
import io.hindsight.rest.RestTestClient;
import io.hindsight.rest.RestTestServer;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * {@link SeverityPolicyResource} over real HTTP: read, edit, validate, and refuse an edit of a stale revision. Who may
 * call it is the host's check of {@code @AdminOnly}; the embedded host's test covers that.
 */
public class SeverityPolicyResourceTest {

    private static final String PATH = "/admin/severity-policy";
    private static final ObjectMapper JSON = new ObjectMapper();

    private RestTestServer server;
    private RestTestClient admin;

    @Before
    public void startServer() throws Exception {
        HeaderCurrentUser users = new HeaderCurrentUser();
        IncidentTestbed bed = new IncidentTestbed(users);
        server = RestTestServer.start(users, List.of(bed.service, bed.timeline, bed.policies));
        admin = RestTestClient.anonymous(server).as(ADMIN);
    }

    @After
    public void stopServer() {
        server.close();
    }

    @Test
    public void get_answersTheBuiltInDefaultAsRevisionZero() {
        JsonNode policy = admin.get(PATH).expect(200);

        assertEquals(0, policy.get("revision").asInt());
        assertTrue(policy.get("changedBy").isNull());
        JsonNode sev1 = policy.get("levels").get("SEV-1");
        assertEquals("PT15M", sev1.get("executiveNotification").asText());
        assertEquals("required", sev1.get("postmortem").asText());
        assertEquals("PT48H", sev1.get("postmortemDue").get("elapsed").asText());
        assertEquals(5, policy.get("levels").get("SEV-2").get("postmortemDue").get("businessDays").asInt());
        assertEquals("optional", policy.get("levels").get("SEV-3").get("postmortem").asText());
        assertTrue(policy.get("levels").get("SEV-4").get("postmortemDue").isNull());
        assertEquals("UTC", policy.get("businessCalendar").get("timeZone").asText());
        assertEquals("[\"saturday\",\"sunday\"]", policy.get("businessCalendar").get("weekend").toString());
        assertEquals("PT24H", policy.get("clocks").get("personal-data-breach").get("dueSoon").asText());
    }

    @Test
    public void put_savesTheNextRevisionAndWhatGetAnswersCanBeSentBack() throws Exception {
        ObjectNode policy = (ObjectNode) admin.get(PATH).expect(200);
        ObjectNode calendar = (ObjectNode) policy.get("businessCalendar");
        calendar.put("timeZone", "Europe/Berlin");
        calendar.set("holidays", JSON.readTree("[\"2026-12-25\", \"2026-12-26\"]"));
        ((ObjectNode) policy.get("clocks").get("personal-data-breach")).set("alsoNotify", JSON.readTree("[\"u-dpo\"]"));

        JsonNode saved = admin.putJson(PATH, policy.toString()).expect(200);

        assertEquals(1, saved.get("revision").asInt());
        assertEquals(ADMIN, saved.get("changedBy").asText());
        assertEquals("Europe/Berlin", admin.get(PATH).expect(200).get("businessCalendar").get("timeZone").asText());
        assertEquals("[\"u-dpo\"]", saved.get("clocks").get("personal-data-breach").get("alsoNotify").toString());
    }

    @Test
    public void put_basedOnAStaleRevision_isAConflict() {
        String policy = admin.get(PATH).expect(200).toString();
        admin.putJson(PATH, policy).expect(200);

        admin.putJson(PATH, policy).expectError(409, "policy_changed");
    }

    @Test
    public void put_refusesAPolicyThatBreaksARule_namingTheField() throws Exception {
        assertEquals("levels.SEV-1.executiveNotification", put(p -> ((ObjectNode) p.get("levels").get("SEV-1"))
                .put("executiveNotification", "PT-15M")));
        assertEquals("levels.SEV-2.postmortemDue.businessDays", put(p -> ((ObjectNode) p.get("levels").get("SEV-2")
                .get("postmortemDue")).put("businessDays", -5)));
        assertEquals("levels.SEV-1.postmortemDue", put(p -> ((ObjectNode) p.get("levels").get("SEV-1"))
                .putNull("postmortemDue")));
        assertEquals("levels.SEV-3.executiveNotification", put(p -> ((ObjectNode) p.get("levels").get("SEV-3"))
                .put("executiveNotification", "fifteen minutes")));
        assertEquals("clocks.postmortem.dueSoon", put(p -> ((ObjectNode) p.get("clocks").get("postmortem"))
                .put("dueSoon", "-PT1H")));
        assertEquals("businessCalendar.timeZone", put(p -> ((ObjectNode) p.get("businessCalendar"))
                .put("timeZone", "Mars/Olympus")));
        assertEquals("businessCalendar.weekend", put(p -> ((ObjectNode) p.get("businessCalendar")).set("weekend",
                array("[\"monday\",\"tuesday\",\"wednesday\",\"thursday\",\"friday\",\"saturday\",\"sunday\"]"))));
        assertEquals("businessCalendar.holidays", put(p -> ((ObjectNode) p.get("businessCalendar")).set("holidays",
                array("[\"25/12/2026\"]"))));
        assertEquals("levels", put(p -> ((ObjectNode) p.get("levels")).remove("SEV-4")));
        assertEquals("levels", put(p -> ((ObjectNode) p.get("levels")).set("SEV-5", p.get("levels").get("SEV-4"))));
        assertEquals(0, admin.get(PATH).expect(200).get("revision").asInt());
    }

    private interface Edit {
        void apply(ObjectNode policy) throws Exception;
    }

    private String put(Edit edit) throws Exception {
        ObjectNode policy = (ObjectNode) admin.get(PATH).expect(200);
        edit.apply(policy);
        return admin.putJson(PATH, policy.toString()).expectError(400, "invalid_input");
    }

    private static JsonNode array(String json) throws Exception {
        return JSON.readTree(json);
    }
}
