package io.hindsight.confluence.rest.jira;

import static io.hindsight.postmortem.PostmortemInputs.aPostmortemInput;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hindsight.confluence.HttpClientJiraHttp;
import io.hindsight.confluence.JiraAuthorisationRequired;
import io.hindsight.confluence.JiraUnavailable;
import io.hindsight.incident.rest.PostmortemSourceDto;
import io.hindsight.platform.ConflictException;
import io.hindsight.platform.ForbiddenException;
import io.hindsight.platform.NotFoundException;
import io.hindsight.platform.rest.ObjectMapperResolver;
import io.hindsight.postmortem.PostmortemComposer;
import io.hindsight.postmortem.PostmortemInput;
import io.hindsight.postmortem.PostmortemStatus;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The incident side of the Confluence workflow against a fake Jira over real HTTP: the post-mortem source read and
 * composed exactly as Jira serves it, the status pushed with a schema-checked PUT, and Jira's answers (401, 403, 404,
 * 409, 500, timeout) turned into the failures the REST layer maps.
 */
public class JiraIncidentPostmortemsContractTest {

    private static final URI AUTHORISE = URI.create("http://127.0.0.1/plugins/servlet/applinks/oauth/login-dance/authorize");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JIRA_JSON = new ObjectMapperResolver().getContext(Object.class);

    private FakeJira jira;
    private JiraIncidentPostmortems incidents;
    private PostmortemInput input;

    @Before
    public void startFakeJira() throws Exception {
        jira = new FakeJira();
        incidents = new JiraIncidentPostmortems(new HttpClientJiraHttp(jira.baseUri(), null, AUTHORISE));
        input = aPostmortemInput().build();
        String key = input.incident().key();
        jira.incidents.put(key, JIRA_JSON.readTree("{\"key\":\"" + key + "\"}"));
        jira.incidents.put(key + "/postmortem-source",
                JIRA_JSON.valueToTree(PostmortemSourceDto.from(input)));
    }

    @After
    public void stopFakeJira() {
        jira.close();
    }

    @Test
    public void source_composesTheSamePageAsTheSourceJiraHolds() {
        PostmortemInput read = incidents.source(input.incident().key());

        PostmortemComposer composer = new PostmortemComposer(CLOCK);
        assertEquals(composer.compose(PostmortemSourceDto.from(input).toInput()).body(), composer.compose(read).body());
        assertEquals(List.of(), jira.violations);
    }

    @Test
    public void source_ofAnIncidentTheUserMayNotSee_isNotFound() {
        assertThrows(NotFoundException.class, () -> incidents.source("SEC-1"));
        assertThrows(NotFoundException.class, () -> incidents.requireVisible("SEC-1"));
    }

    @Test
    public void source_unauthorisedLink_asksForAuthorisation() {
        jira.answer("GET", "/rest/hindsight/1.0/incidents/", 401, "");

        JiraAuthorisationRequired required = assertThrows(JiraAuthorisationRequired.class,
                () -> incidents.requireVisible(input.incident().key()));
        assertEquals(AUTHORISE, required.authorisationUri());
    }

    @Test
    public void recordStatus_putsUrlAndStatusAsJiraExpects() {
        String key = input.incident().key();

        incidents.recordStatus(key, "https://wiki.test/pages/viewpage.action?pageId=42", PostmortemStatus.IN_REVIEW);

        assertEquals(List.of(), jira.violations);
        assertEquals(List.of(key + " {\"url\":\"https://wiki.test/pages/viewpage.action?pageId=42\","
                + "\"status\":\"in-review\"}"), jira.postmortemRecords);
    }

    @Test
    public void recordStatus_jiraRefusals_becomeForbiddenConflictOrUnavailable() {
        String key = input.incident().key();
        String url = "https://wiki.test/pages/viewpage.action?pageId=42";

        jira.answer("PUT", "/rest/hindsight/1.0/incidents/", 403, "{\"status\":403,\"code\":\"forbidden\"}");
        assertThrows(ForbiddenException.class, () -> incidents.recordStatus(key, url, PostmortemStatus.PUBLISHED));

        jira.clearScripts().answer("PUT", "/rest/hindsight/1.0/incidents/", 409,
                "{\"status\":409,\"code\":\"illegal_transition\",\"message\":\"The incident was cancelled.\"}");
        ConflictException conflict = assertThrows(ConflictException.class,
                () -> incidents.recordStatus(key, url, PostmortemStatus.PUBLISHED));
        assertEquals("Jira refused to record the post-mortem of " + key + ": The incident was cancelled.",
                conflict.getMessage());

        jira.clearScripts().answer("PUT", "/rest/hindsight/1.0/incidents/", 500, "oops");
        assertThrows(JiraUnavailable.class, () -> incidents.recordStatus(key, url, PostmortemStatus.PUBLISHED));
    }

    @Test
    public void requireVisible_jiraTooSlow_isUnavailable() {
        jira.delay("GET", "/rest/hindsight/1.0/incidents/", 6_000);

        JiraUnavailable unavailable = assertThrows(JiraUnavailable.class,
                () -> incidents.requireVisible(input.incident().key()));
        assertTrue(unavailable.getMessage(), unavailable.getMessage().contains("did not answer within"));
    }
}
