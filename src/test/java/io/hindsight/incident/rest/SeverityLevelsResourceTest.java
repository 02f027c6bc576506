package io.hindsight.incident.rest;

import static io.hindsight.incident.IncidentTestbed.ADMIN;
import static io.hindsight.incident.IncidentTestbed.VIEWER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hindsight.incident.IncidentTestbed;
import io.hindsight.rest.HeaderCurrentUser;
import io.hindsight.rest.RestTestClient;
import io.hindsight.rest.RestTestServer;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** {@link SeverityLevelsResource} over real HTTP: what each level requires, for people who are not admins. */
public class SeverityLevelsResourceTest {

    private RestTestServer server;
    private RestTestClient viewer;

    @Before
    public void startServer() throws Exception {
        HeaderCurrentUser users = new HeaderCurrentUser();
        IncidentTestbed bed = new IncidentTestbed(users);
        server = RestTestServer.start(users, List.of(bed.service, bed.timeline, bed.policies));
        viewer = RestTestClient.anonymous(server).as(VIEWER);
    }

    @After
    public void stop() {
        server.close();
    }

    @Test
    public void levels_answerEachLevelsLabelAndRequirements_inOrder() {
        JsonNode levels = viewer.get("/severity-levels").expect(200);

        assertEquals(List.of("SEV-1", "SEV-2", "SEV-3", "SEV-4"), List.copyOf(iterable(levels)));
        assertEquals("Critical", levels.get("SEV-1").get("label").asText());
        assertEquals("PT15M", levels.get("SEV-1").get("requires").get("executiveNotification").asText());
        assertEquals("required", levels.get("SEV-1").get("requires").get("postmortem").asText());
        assertEquals("PT48H", levels.get("SEV-1").get("requires").get("postmortemDue").get("elapsed").asText());
        assertEquals(5, levels.get("SEV-2").get("requires").get("postmortemDue").get("businessDays").asInt());
        assertEquals("none", levels.get("SEV-4").get("requires").get("postmortem").asText());
        assertTrue(levels.get("SEV-4").get("requires").get("executiveNotification").isNull());
    }

    @Test
    public void levels_followTheAdministratorsPolicy() {
        RestTestClient admin = viewer.as(ADMIN);
        ObjectNode policy = (ObjectNode) admin.get("/admin/severity-policy").expect(200);
        ((ObjectNode) policy.get("levels").get("SEV-2")).put("executiveNotification", "PT30M");
        admin.put("/admin/severity-policy", policy.toString()).expect(200);

        assertEquals("PT30M", viewer.get("/severity-levels").expect(200).get("SEV-2").get("requires")
                .get("executiveNotification").asText());
    }

    private static List<String> iterable(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
