package io.hindsight.metrics.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hindsight.actionitem.ao.AoActionItemMirror;
import io.hindsight.actionitem.ao.ActionItemEntities;
import io.hindsight.incident.ao.AoIncidentStateStore;
import io.hindsight.incident.ao.IncidentEntities;
import io.hindsight.metrics.MetricsFixture;
import io.hindsight.metrics.MetricsService;
import io.hindsight.metrics.ao.AoIncidentCauses;
import io.hindsight.metrics.ao.AoMetricsStore;
import io.hindsight.metrics.ao.MetricsEntities;
import io.hindsight.rest.HeaderCurrentUser;
import io.hindsight.rest.RestTestClient;
import io.hindsight.rest.RestTestServer;
import io.hindsight.standalone.ao.EntityManagerActiveObjects;
import io.hindsight.standalone.ao.EntityManagers;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * {@link MetricsResource} and {@link ActionItemsResource} over real HTTP on the hand-computed fixture in H2: the
 * figures, their trace, the CSV exports, and that a caller who may see no project counts nothing.
 */
public class MetricsResourceTest {

    private static final String RANGE = "from=2026-06-01&to=2026-07-01";

    private EntityManager entityManager;
    private RestTestServer server;
    private RestTestClient manager;

    @Before
    public void startServer() throws Exception {
        List<Class<? extends RawEntity<?>>> entities = new ArrayList<>(IncidentEntities.ALL);
        entities.addAll(ActionItemEntities.ALL);
        entities.addAll(MetricsEntities.ALL);
        entityManager = EntityManagers.open("jdbc:h2:mem:metrics-rest-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
                "sa", "", entities);
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(entityManager);
        MetricsFixture.load(new AoIncidentStateStore(ao), new AoActionItemMirror(ao), new AoIncidentCauses(ao));
        HeaderCurrentUser users = new HeaderCurrentUser();
        Map<String, Set<String>> visible = Map.of("u-manager", Set.of("OPS"), "u-outsider", Set.of("HR"));
        MetricsService metrics = new MetricsService(new AoMetricsStore(ao),
                user -> visible.getOrDefault(user, Set.of()), users, Clock.fixed(MetricsFixture.NOW, ZoneOffset.UTC));
        server = RestTestServer.start(users, List.of(metrics));
        manager = RestTestClient.anonymous(server).as("u-manager");
    }

    @After
    public void stop() {
        server.close();
        entityManager.getProvider().dispose();
    }

    @Test
    public void metrics_answerCountsMediansAndP90s() {
        JsonNode metrics = manager.get("/metrics?" + RANGE).expect(200);

        assertEquals(6, metrics.get("incidents").asInt());
        assertEquals(2, metrics.get("excluded").asInt());
        JsonNode mttr = metrics.get("durations").get(2);
        assertEquals("mttr", mttr.get("figure").asText());
        assertTrue(mttr.get("severity").isNull());
        assertEquals(116 * 60_000L, mttr.get("medianMs").asLong());
        assertEquals(252 * 60_000L, mttr.get("p90Ms").asLong());
        assertEquals(0.5, metrics.get("postmortems").get("share").asDouble(), 1e-9);
    }

    @Test
    public void trace_namesTheIncidentsBehindAFigure_paged() {
        JsonNode first = manager.get("/metrics/trace?figure=incidents&limit=4&" + RANGE).expect(200);
        JsonNode second = manager.get("/metrics/trace?figure=incidents&limit=4&cursor=" + first.get("next").asText()
                + "&" + RANGE).expect(200);

        assertEquals("[\"OPS-1\",\"OPS-2\",\"OPS-3\",\"OPS-4\"]", first.get("keys").toString());
        assertEquals("[\"OPS-5\",\"OPS-6\"]", second.get("keys").toString());
        assertTrue(second.get("next").isNull());
    }

    @Test
    public void trace_ofAnUnknownFigure_isABadRequestNamingTheField() {
        manager.get("/metrics/trace?figure=mean-time-to-blame").expectError(400, "invalid_input");
    }

    @Test
    public void aCallerWhoSeesNoProject_countsNothing() {
        JsonNode metrics = RestTestClient.anonymous(server).as("u-outsider").get("/metrics?" + RANGE).expect(200);

        assertEquals(0, metrics.get("incidents").asInt());
        assertEquals(0, RestTestClient.anonymous(server).as("u-outsider").get("/action-items").expect(200)
                .get("items").size());
    }

    @Test
    public void anonymousCallers_areRefused() {
        assertEquals(401, RestTestClient.anonymous(server).get("/metrics").status());
    }

    @Test
    public void actionItems_listOverdueFirst() {
        JsonNode page = manager.get("/action-items?overdue=true").expect(200);

        assertEquals("OPS-105", page.get("items").get(0).get("issueKey").asText());
        assertTrue(page.get("items").get(0).get("overdue").asBoolean());
    }

    @Test
    public void csvExport_quotesEveryFieldAndDefusesFormulas() {
        RestTestClient.Answer csv = manager.get("/metrics/export?table=durations&" + RANGE);

        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Type").orElseThrow().startsWith("text/csv"));
        assertTrue(csv.body(), csv.body().startsWith("\"figure\",\"severity\",\"measured\""));
        assertTrue(csv.body(), csv.body().contains("\"mttr\",\"all\",\"5\",\"1\",\"6960000\",\"15120000\""));
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", Csv.field("=HYPERLINK(\"x\")"));
        assertEquals("\"-5\"", Csv.field(-5));
    }

    @Test
    public void actionItemExport_streamsTheList() {
        String csv = manager.get("/action-items/export").body();

        assertTrue(csv, csv.contains("\"OPS-103\",\"OPS-2\",\"u-alice\""));
        assertEquals(4, csv.split("\r\n").length);
    }

    @Test
    public void openIncidentsAndPostmortemsDue_areListedForTheProjectAsked_andForNoneUnseen() {
        JsonNode open = manager.get("/metrics/open-incidents").expect(200);
        JsonNode due = manager.get("/metrics/postmortems-due").expect(200);

        assertTrue(open.toString(), open.size() > 0);
        assertTrue(due.toString(), due.size() > 0);
        assertEquals(open, manager.get("/metrics/open-incidents?project=OPS").expect(200));
        assertEquals(due, manager.get("/metrics/postmortems-due?project=OPS").expect(200));
        assertEquals(0, manager.get("/metrics/open-incidents?project=HR").expect(200).size());
        assertEquals(0, manager.get("/metrics/postmortems-due?project=HR").expect(200).size());
        assertEquals("OPS", open.get(0).get("projectKey").asText());
    }

    @Test
    public void openIncidents_refuseALimitOutOfRange_namingIt() {
        assertEquals("limit", manager.get("/metrics/open-incidents?limit=0").expectError(400, "invalid_input"));
    }

    @Test
    public void actionItems_andOwners_ofOneProject_countOnlyItsIncidents() {
        JsonNode all = manager.get("/action-items").expect(200).get("items");

        assertTrue(all.size() > 0);
        assertEquals(all, manager.get("/action-items?project=OPS").expect(200).get("items"));
        assertEquals(0, manager.get("/action-items?project=HR").expect(200).get("items").size());
        assertEquals(manager.get("/action-items/owners").expect(200),
                manager.get("/action-items/owners?project=OPS").expect(200));
        assertEquals(0, manager.get("/action-items/owners?project=HR").expect(200).size());
        String csv = manager.get("/action-items/export?project=HR").body();
        assertEquals(csv, 1, csv.split("\r\n").length);
    }
}
