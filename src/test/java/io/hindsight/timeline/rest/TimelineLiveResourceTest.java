package io.hindsight.timeline.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
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
import io.hindsight.standalone.ao.EntityManagerActiveObjects;
import io.hindsight.standalone.ao.EntityManagers;
import io.hindsight.timeline.TimelinePinService;
import io.hindsight.timeline.TimelineService;
import io.hindsight.timeline.TimelineVersionService;
import io.hindsight.timeline.ao.AoTimelinePins;
import io.hindsight.timeline.ao.AoTimelineStore;
import io.hindsight.timeline.ao.AoTimelineVersions;
import io.hindsight.timeline.ao.TimelineEntities;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.EntityManager;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * What a polling timeline relies on, over real HTTP on the Active Objects stores in H2: the timeline's ETag and 304,
 * and pinning key moments with the permission rules.
 */
public class TimelineLiveResourceTest {

    private static final String EDITOR = "erin";
    private static final String VIEWER = "vic";
    private static final String OUTSIDER = "nora";
    private static final Map<String, String> NAMES = Map.of("erin", "Erin Example", "vic", "Vic Viewer");
    private static final IncidentRef OPS_1 = new IncidentRef(101, "OPS-1", "OPS", "Checkout down");
    private static final IncidentRef OPS_2 = new IncidentRef(102, "OPS-2", "OPS", "Search slow");
    private static final String TIMELINE = "/incidents/OPS-1/timeline";

    private EntityManager entityManager;
    private RestTestServer server;
    private RestTestClient editor;

    @Before
    public void startServer() throws Exception {
        entityManager = EntityManagers.open("jdbc:h2:mem:timeline-live-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
                "sa", "", TimelineEntities.ALL);
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(entityManager);
        HeaderCurrentUser users = new HeaderCurrentUser();
        GrantedPermissions permissions = new GrantedPermissions()
                .grant(EDITOR, "OPS", Level.EDIT)
                .grant(VIEWER, "OPS", Level.VIEW)
                .grant(OUTSIDER, "PUB", Level.EDIT);
        IncidentAccess access = new IncidentAccess(new InMemoryIncidentDirectory().with(OPS_1).with(OPS_2),
                permissions, users);
        AoTimelineStore store = new AoTimelineStore(ao);
        server = RestTestServer.start(users, List.of(
                new TimelineService(access, store, users, Clock.systemUTC()),
                new TimelinePinService(access, store, new AoTimelinePins(ao), users, Clock.systemUTC()),
                new TimelineVersionService(access, new AoTimelineVersions(ao)),
                (DisplayNames) key -> Optional.ofNullable(NAMES.get(key))));
        editor = RestTestClient.anonymous(server).as(EDITOR);
    }

    @After
    public void stop() {
        server.close();
        entityManager.getProvider().dispose();
    }

    @Test
    public void timeline_answersAnETag_and304WhileNothingChanges() {
        long id = note(TIMELINE, "Paged the DBA");
        RestTestClient.Answer first = editor.get(TIMELINE + "?order=newest&includeHidden=true");
        assertEquals(id, first.expect(200).get("events").get(0).get("id").asLong());
        assertEquals("Erin Example", first.json().get("people").get(EDITOR).asText());
        String tag = first.header("ETag").orElseThrow();
        assertTrue(tag, tag.startsWith("W/\""));
        assertTrue(first.header("Cache-Control").orElseThrow().contains("no-cache"));

        RestTestClient.Answer again = editor.get(TIMELINE + "?order=newest&includeHidden=true", "If-None-Match", tag);
        assertEquals(304, again.status());
        assertEquals("", again.body());
        assertEquals(tag, again.header("ETag").orElseThrow());
        // Another reader sees the same timeline, so the same tag holds for them.
        assertEquals(304, editor.as(VIEWER).get(TIMELINE, "If-None-Match", tag).status());
    }

    @Test
    public void timeline_answers200WithANewTagAfterEachAppendHidePinAndUnpin() {
        long id = note(TIMELINE, "First");
        String tag = currentTag();

        long second = note(TIMELINE, "Second");
        tag = changedSince(tag);
        editor.postJson(TIMELINE + "/" + id + "/hide", "{\"reason\": \"duplicate\"}").expect(200);
        tag = changedSince(tag);
        editor.postJson(TIMELINE + "/" + second + "/pin", "{}").expect(200);
        tag = changedSince(tag);
        editor.send("DELETE", TIMELINE + "/" + second + "/pin");
        tag = changedSince(tag);
        editor.postJson(TIMELINE + "/" + id + "/pin", "{}").expect(200);
        changedSince(tag);
    }

    @Test
    public void timeline_isUnchangedByAnotherIncidentsEntries() {
        note(TIMELINE, "Mine");
        String tag = currentTag();

        note("/incidents/OPS-2/timeline", "Theirs");

        assertEquals(304, editor.get(TIMELINE, "If-None-Match", tag).status());
    }

    @Test
    public void timeline_withATagStillAnswers404ToThoseWhoMayNotSeeIt() {
        note(TIMELINE, "Secret");
        String tag = currentTag();

        editor.as(OUTSIDER).get(TIMELINE, "If-None-Match", tag).expectError(404, "not_found");
        RestTestClient.anonymous(server).get(TIMELINE, "If-None-Match", tag).expectError(404, "not_found");
    }

    @Test
    public void pin_isListedWithWhoAndWhen_andPinningAgainKeepsTheFirstPin() {
        long id = note(TIMELINE, "Rolled back 4.2");

        JsonNode pinned = editor.postJson(TIMELINE + "/" + id + "/pin", "{}").expect(200);
        assertEquals(id, pinned.get("entry").get("id").asLong());
        assertEquals(EDITOR, pinned.get("pinnedBy").asText());
        JsonNode again = editor.postJson(TIMELINE + "/" + id + "/pin", "{}").expect(200);
        assertEquals(pinned.get("pinnedAt"), again.get("pinnedAt"));

        JsonNode pins = editor.as(VIEWER).get(TIMELINE + "/pins").expect(200).get("pins");
        assertEquals(1, pins.size());
        assertEquals("Rolled back 4.2", pins.get(0).get("entry").get("summary").asText());
        assertEquals("Erin Example", editor.get(TIMELINE + "/pins").json().get("people").get(EDITOR).asText());
    }

    @Test
    public void unpin_removesThePin_andIsQuietWhenNothingWasPinned() {
        long id = note(TIMELINE, "Rolled back 4.2");
        editor.postJson(TIMELINE + "/" + id + "/pin", "{}").expect(200);

        assertEquals(204, editor.send("DELETE", TIMELINE + "/" + id + "/pin").status());
        assertEquals(204, editor.send("DELETE", TIMELINE + "/" + id + "/pin").status());

        assertEquals(0, editor.get(TIMELINE + "/pins").expect(200).get("pins").size());
    }

    @Test
    public void pin_followsThePermissionRules() {
        long id = note(TIMELINE, "Rolled back 4.2");

        editor.as(VIEWER).postJson(TIMELINE + "/" + id + "/pin", "{}").expectError(403, "forbidden");
        editor.as(VIEWER).send("DELETE", TIMELINE + "/" + id + "/pin").expectError(403, "forbidden");
        editor.as(OUTSIDER).postJson(TIMELINE + "/" + id + "/pin", "{}").expectError(404, "not_found");
        editor.as(OUTSIDER).get(TIMELINE + "/pins").expectError(404, "not_found");
        // Anonymous callers cannot see OPS here, so the incident does not exist for them.
        RestTestClient.anonymous(server).postJson(TIMELINE + "/" + id + "/pin", "{}").expectError(404, "not_found");
        // An entry of another incident is not on this one.
        long other = note("/incidents/OPS-2/timeline", "Elsewhere");
        editor.postJson(TIMELINE + "/" + other + "/pin", "{}").expectError(404, "not_found");
        editor.postJson(TIMELINE + "/999999/pin", "{}").expectError(404, "not_found");

        // A pin is a JSON write: what a cross-site form can send is refused.
        for (String formType : List.of("application/x-www-form-urlencoded", "text/plain", "multipart/form-data")) {
            assertEquals(formType, 415, editor.post(TIMELINE + "/" + id + "/pin", formType,
                    HttpRequest.BodyPublishers.ofString("x=1")).status());
        }

        assertEquals(0, editor.get(TIMELINE + "/pins").expect(200).get("pins").size());
    }

    @Test
    public void pin_isRefusedPastTheLimit() {
        for (int i = 0; i < TimelinePinService.MAX_PINS; i++) {
            editor.postJson(TIMELINE + "/" + note(TIMELINE, "Moment " + i) + "/pin", "{}").expect(200);
        }
        long oneTooMany = note(TIMELINE, "One too many");

        editor.postJson(TIMELINE + "/" + oneTooMany + "/pin", "{}").expectError(409, "too_many_pins");
    }

    private long note(String timeline, String summary) {
        return editor.postJson(timeline, "{\"kind\": \"note\", \"summary\": \"" + summary + "\"}").expect(201)
                .get("id").asLong();
    }

    private String currentTag() {
        RestTestClient.Answer answer = editor.get(TIMELINE);
        answer.expect(200);
        return answer.header("ETag").orElseThrow();
    }

    /** Asserts that the tag changed and the timeline is sent again; returns the new tag. */
    private String changedSince(String tag) {
        RestTestClient.Answer answer = editor.get(TIMELINE, "If-None-Match", tag);
        answer.expect(200);
        String next = answer.header("ETag").orElseThrow();
        assertNotEquals(tag, next);
        return next;
    }
}
