package io.hindsight.confluence.rest;

import static io.hindsight.postmortem.PostmortemInputs.aPostmortemInput;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.confluence.api.service.accessmode.AccessModeService;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.Modification;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.fasterxml.jackson.databind.JsonNode;
import io.hindsight.confluence.HttpClientJiraHttp;
import io.hindsight.confluence.JiraHttp;
import io.hindsight.confluence.followup.FollowUpStatusCache;
import io.hindsight.confluence.followup.MapCacheManager;
import io.hindsight.confluence.postmortem.ConfluencePostmortemSettings;
import io.hindsight.confluence.postmortem.ConfluencePostmortems;
import io.hindsight.confluence.rest.jira.FakeJira;
import io.hindsight.confluence.rest.jira.JiraFollowUpStatuses;
import io.hindsight.confluence.rest.jira.JiraIncidentPostmortems;
import io.hindsight.confluence.rest.jira.JiraRestFollowUpTracker;
import io.hindsight.incident.rest.PostmortemSourceDto;
import io.hindsight.platform.rest.ObjectMapperResolver;
import io.hindsight.postmortem.PostmortemInput;
import io.hindsight.rest.HeaderCurrentUser;
import io.hindsight.rest.RestTestClient;
import io.hindsight.rest.RestTestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The macro's REST resource over real HTTP (Jersey), on the Confluence stand-ins, calling a fake Jira over real HTTP:
 * generate (created, then offered), the link's "authorise" answer, Jira down, read-only mode, status push, follow-up
 * status, and bad input named by field.
 */
public class ConfluencePostmortemResourceTest {

    private static final URI AUTHORISE = URI.create("https://jira.test/plugins/servlet/applinks/oauth/login-dance/authorize");

    private final Map<Long, Page> stored = new HashMap<>();
    private final Map<String, Object> settings = new HashMap<>();
    private final PageManager pages = mock(PageManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final AccessModeService accessMode = mock(AccessModeService.class);
    private FakeJira jira;
    private RestTestServer server;
    private RestTestClient sam;
    private String key;
    private long nextId = 100;

    @Before
    public void start() throws Exception {
        jira = new FakeJira();
        PostmortemInput input = aPostmortemInput().build();
        key = input.incident().key();
        var json = new ObjectMapperResolver().getContext(Object.class);
        jira.incidents.put(key, json.readTree("{\"key\":\"" + key + "\"}"));
        jira.incidents.put(key + "/postmortem-source", json.valueToTree(PostmortemSourceDto.from(input)));
        JiraHttp http = new HttpClientJiraHttp(jira.baseUri(), null, AUTHORISE);

        Page macroPage = new Page();
        macroPage.setId(7);
        macroPage.setSpace(new Space("OPS", null));
        stored.put(7L, macroPage);
        when(pages.getPage(any(Long.class))).thenAnswer(call -> stored.get((Long) call.getArgument(0)));
        doAnswer(call -> {
            Page page = call.getArgument(0);
            page.setId(nextId++);
            page.setVersion(1);
            stored.put(page.getId(), page);
            return null;
        }).when(pages).saveContentEntity(any(), any());
        doAnswer(call -> {
            Page page = call.getArgument(0);
            Modification<ContentEntityObject> change = call.getArgument(1);
            change.modify(page);
            page.setVersion(page.getVersion() + 1);
            return null;
        }).when(pages).saveNewVersion(any(Page.class), any());
        when(permissions.hasCreatePermission(any(), any(), eq(Page.class))).thenReturn(true);
        when(permissions.hasPermission(any(), any(), any())).thenReturn(true);
        ClusterLockService locks = mock(ClusterLockService.class);
        ClusterLock lock = mock(ClusterLock.class);
        when(locks.getLockForName(any())).thenReturn(lock);
        when(lock.tryLock(10, TimeUnit.SECONDS)).thenReturn(true);
        PluginSettingsFactory settingsFactory = mock(PluginSettingsFactory.class);
        when(settingsFactory.createGlobalSettings()).thenReturn(new PluginSettings() {
            @Override
            public Object get(String name) {
                return settings.get(name);
            }

            @Override
            public Object put(String name, Object value) {
                return settings.put(name, value);
            }

            @Override
            public Object remove(String name) {
                return settings.remove(name);
            }
        });
        ApplicationProperties application = mock(ApplicationProperties.class);
        when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://wiki.test");
        HeaderCurrentUser users = new HeaderCurrentUser();
        ConfluencePostmortems postmortems = new ConfluencePostmortems(pages, permissions, accessMode, locks,
                application, new ConfluencePostmortemSettings(settingsFactory), new JiraIncidentPostmortems(http),
                new JiraRestFollowUpTracker(http), userKey -> Optional.of(userKey),
                new FollowUpStatusCache(new MapCacheManager(Clock.systemUTC(), Duration.ofMinutes(1)), users,
                        new JiraFollowUpStatuses(http)));
        server = RestTestServer.start(users, List.of(postmortems), ConfluencePostmortemResource.class,
                ConfluenceSettingsResource.class, JiraAuthorisationMapper.class, JiraUnavailableMapper.class);
        sam = RestTestClient.anonymous(server).as("sam");
    }

    @After
    public void stop() {
        server.close();
        jira.close();
    }

    private String path(String rest) {
        return "/confluence/postmortems/" + key + rest;
    }

    @Test
    public void generate_createsThePageUnderTheMacrosPage_thenOffersTheSamePage() {
        RestTestClient.Answer first = sam.postJson(path(""), "{\"pageId\": 7}");
        JsonNode created = first.expect(201);
        JsonNode again = sam.postJson(path(""), "{\"pageId\": 7}").expect(200);

        assertEquals("https://wiki.test/pages/viewpage.action?pageId=100", created.path("url").asText());
        assertEquals(Optional.of(created.path("url").asText()), first.header("Location"));
        assertTrue(created.path("created").asBoolean());
        assertEquals("100", again.path("id").asText());
        assertEquals(false, again.path("created").asBoolean());
        assertEquals(1, stored.get(7L).getChildren().size());
        assertEquals("Jira records the draft once; offering the page again tells it nothing new",
                List.of(key + " {\"url\":\"https://wiki.test/pages/viewpage.action?pageId=100\",\"status\":\"draft\"}"),
                jira.postmortemRecords);
        assertEquals(List.of(), jira.violations);
    }

    @Test
    public void generate_linkNotAuthorised_answersAuthoriseWithTheAddress_notAnError() {
        jira.answer("GET", "/rest/hindsight/1.0/incidents/", 401, "");

        JsonNode answer = sam.postJson(path(""), "{\"pageId\": 7}").expect(200);

        assertEquals("authorise", answer.path("outcome").asText());
        assertEquals(AUTHORISE.toString(), answer.path("authoriseUrl").asText());
        assertEquals(Map.of(7L, stored.get(7L)), stored);
    }

    @Test
    public void generate_jiraFailing_isServiceUnavailableWithTheReason() {
        jira.answer("GET", "/rest/hindsight/1.0/incidents/", 500, "oops");

        sam.expectingServerErrors().postJson(path(""), "{\"pageId\": 7}").expectError(503, "jira_unavailable");
        assertEquals(1, stored.size());
    }

    @Test
    public void generate_incidentJiraHides_isNotFound() {
        jira.incidents.clear();

        sam.postJson(path(""), "{\"pageId\": 7}").expectError(404, "not_found");
    }

    @Test
    public void generate_readOnlyConfluence_isForbiddenAndSaysWhy() {
        when(accessMode.isReadOnlyAccessModeEnabled()).thenReturn(true);

        RestTestClient.Answer answer = sam.postJson(path(""), "{\"pageId\": 7}");

        answer.expectError(403, "forbidden");
        assertTrue(answer.message(), answer.message().contains("read-only"));
    }

    @Test
    public void generate_withoutPageOrParent_namesTheField_andAFormPostIsRefused() {
        assertEquals("pageId", sam.postJson(path(""), "{}").expectError(400, "invalid_input"));
        assertEquals(415, sam.post(path(""), "application/x-www-form-urlencoded",
                HttpRequest.BodyPublishers.ofString("pageId=7")).status());
        assertEquals("key", sam.postJson("/confluence/postmortems/ops-1", "{\"pageId\": 7}")
                .expectError(400, "invalid_input"));
    }

    @Test
    public void changeStatus_publishesThePageAndTellsJira_andRefusesAnUnknownStatus() {
        sam.postJson(path(""), "{\"pageId\": 7}").expect(201);

        JsonNode published = sam.postJson(path("/status"), "{\"status\": \"published\"}").expect(200);

        assertEquals(2, published.path("version").asInt());
        assertTrue(jira.postmortemRecords.get(1).endsWith("\"status\":\"published\"}"));
        assertEquals("status", sam.postJson(path("/status"), "{\"status\": \"done\"}").expectError(400,
                "invalid_input"));
    }

    @Test
    public void followUpStatus_ofAPageWithoutFollowUps_isEmpty_andOfNoPageIsNotFound() {
        sam.get(path("/follow-ups?pageId=7")).expectError(404, "not_found");
        sam.postJson(path(""), "{\"pageId\": 7}").expect(201);

        JsonNode statuses = sam.get(path("/follow-ups?pageId=7")).expect(200);

        assertEquals("done", statuses.path("outcome").asText());
        assertEquals(0, statuses.path("issues").size());
    }

    @Test
    public void createFollowUps_withoutAConfiguredProject_isAConflictNamingWhatIsMissing() {
        sam.postJson(path(""), "{\"pageId\": 7}").expect(201);

        sam.postJson(path("/follow-ups"), "{}").expectError(409, "follow_up_project_missing");
    }

    @Test
    public void settings_setTheProjectAndParent_validatingEachField() {
        assertEquals("followUpProject", sam.putJson("/confluence/settings", "{\"followUpProject\": \"act 1\"}")
                .expectError(400, "invalid_input"));
        assertEquals("parentPageId", sam.putJson("/confluence/settings", "{\"parentPageId\": 999}")
                .expectError(400, "invalid_input"));

        JsonNode set = sam.putJson("/confluence/settings", "{\"parentPageId\": 7, \"followUpProject\": \"ACT\"}")
                .expect(200);

        assertEquals("ACT", set.path("followUpProject").asText());
        assertEquals(7, sam.get("/confluence/settings").expect(200).path("parentPageId").asLong());
        sam.postJson(path(""), "{}").expect(201);
        sam.postJson(path("/follow-ups"), "{}").expect(200);
    }
}
