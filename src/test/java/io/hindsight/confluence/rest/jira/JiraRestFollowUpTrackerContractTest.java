package io.hindsight.confluence.rest.jira;

import static io.hindsight.postmortem.ActionItems.anActionItem;
import static io.hindsight.postmortem.PostmortemInputs.aPostmortemInput;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.hindsight.actionitem.FollowUpFailure;
import io.hindsight.actionitem.FollowUpReport;
import io.hindsight.actionitem.FollowUpRow;
import io.hindsight.actionitem.FollowUpRow.Outcome;
import io.hindsight.actionitem.FollowUpService;
import io.hindsight.actionitem.FollowUpSettings;
import io.hindsight.actionitem.PageLink;
import io.hindsight.confluence.HttpClientJiraHttp;
import io.hindsight.confluence.JiraHttp;
import io.hindsight.postmortem.PostmortemComposer;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The Jira REST client against a fake Jira over real HTTP that checks every request against Jira's schema. */
public class JiraRestFollowUpTrackerContractTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private static final URI AUTHORISE = URI.create("http://127.0.0.1/plugins/servlet/applinks/oauth/login-dance/authorize");
    private static final PageLink PAGE = new PageLink("http://wiki.test/pages/viewpage.action?pageId=42",
            "INC-4821 post-mortem", "appId=7f0e&pageId=42");
    private static final String BODY = new PostmortemComposer(CLOCK).compose(aPostmortemInput().withActionItems(List.of(
            anActionItem().withId("a1").saying("Add a configuration check").ownedBy("JIRAUSER1").due("2026-03-21")
                    .build(),
            anActionItem().withId("a2").saying("Alert on \"payment\" errors").ownedBy("JIRAUSER2").due("2026-04-15")
                    .build())).build()).body();

    private FakeJira jira;
    private FollowUpService service;
    private JiraRestFollowUpTracker tracker;

    @Before
    public void startFakeJira() throws Exception {
        jira = new FakeJira();
        tracker = new JiraRestFollowUpTracker(new HttpClientJiraHttp(jira.baseUri(), null, AUTHORISE));
        Map<String, String> names = Map.of("JIRAUSER1", "priya", "JIRAUSER2", "marek");
        service = new FollowUpService(tracker, key -> Optional.ofNullable(names.get(key)), CLOCK);
    }

    @After
    public void stopFakeJira() {
        jira.close();
    }

    private FollowUpReport run(String body) {
        return service.createFollowUps(body, "INC-4821", FollowUpSettings.inProject("OPS"), PAGE);
    }

    @Test
    public void createFollowUps_sendsSchemaValidRequestsAndLinksBothWays() {
        FollowUpReport report = run(BODY);

        assertEquals(List.of(), jira.violations);
        assertEquals(2, report.count(Outcome.CREATED));
        assertEquals("priya", jira.issues.get("OPS-1").path("assignee").path("name").asText());
        assertEquals("2026-03-21", jira.issues.get("OPS-1").path("duedate").asText());
        assertEquals(List.of("OPS-1 Action item INC-4821", "OPS-2 Action item INC-4821"), jira.issueLinks);
        assertEquals("Confluence", jira.remoteLinksByGlobalId.get("OPS-1|appId=7f0e&pageId=42")
                .path("application").path("name").asText());
    }

    @Test
    public void createFollowUps_retriedAfterAnUnsavedPage_createsNothingTwice() {
        run(BODY);

        FollowUpReport retry = run(BODY);

        assertEquals(2, jira.issues.size());
        assertEquals(2, retry.count(Outcome.FOUND_FROM_EARLIER_RUN));
        assertEquals(2, jira.issueLinks.size());
        assertEquals(2, jira.remoteLinksByGlobalId.size());
        assertEquals(2, run(retry.pageBody()).count(Outcome.ALREADY_LINKED));
        assertEquals(List.of(), jira.violations);
    }

    @Test
    public void findByMarker_quotesAndEscapesTheLabelInJql() {
        tracker.findByMarker("odd\"label\\x");

        assertEquals("labels = \"odd\\\"label\\\\x\" ORDER BY created ASC", jira.searches.get(0));
        assertEquals(List.of(), jira.violations);
    }

    @Test
    public void createFollowUps_assigneeNotAssignable_reportsJirasFieldErrorAndCreatesTheOther() {
        jira.answer("POST", "/rest/api/2/issue", 400,
                "{\"errorMessages\":[],\"errors\":{\"assignee\":\"User 'priya' cannot be assigned issues.\"}}");

        FollowUpRow first = run(BODY).rows().get(0);

        assertEquals(Outcome.FAILED, first.outcome());
        assertEquals("Jira refused to create the issue in OPS: assignee: User 'priya' cannot be assigned issues.",
                first.reason());
    }

    @Test
    public void createFollowUps_projectMissing_saysNotFound() {
        jira.answer("POST", "/rest/api/2/issue", 404,
                "{\"errorMessages\":[\"No project could be found with key 'OPS'.\"],\"errors\":{}}");

        FollowUpRow first = run(BODY).rows().get(0);

        assertEquals("Jira could not create the issue in OPS: not found: No project could be found with key 'OPS'.",
                first.reason());
    }

    @Test
    public void createFollowUps_forbidden_saysTheUserMayNot() {
        jira.answer("POST", "/rest/api/2/issue", 403, "{\"errorMessages\":[\"You do not have permission.\"]}");

        assertEquals("Jira does not allow you to create the issue in OPS: You do not have permission.",
                run(BODY).rows().get(1).reason());
    }

    @Test
    public void createFollowUps_unauthorised_returnsTheAuthorisationUriInsteadOfAnError() {
        jira.answer("GET", "/rest/api/2/search", 401, "");

        FollowUpReport report = run(BODY);

        assertEquals(Optional.of(AUTHORISE), report.authorisationUriIfRequired());
        assertTrue(jira.issues.isEmpty());
    }

    @Test
    public void createFollowUps_serverError_saysTryAgainLater() {
        jira.answer("POST", "/rest/api/2/issue", 500, "<html>oops</html>");

        assertEquals("Jira failed (HTTP 500) to create the issue in OPS; try again later.",
                run(BODY).rows().get(0).reason());
    }

    @Test
    public void createFollowUps_linkTypeMissing_keepsTheIssueAndWarns() {
        jira.answer("POST", "/rest/api/2/issueLink", 404,
                "{\"errorMessages\":[\"No issue link type with name 'Action item' found.\"],\"errors\":{}}");

        FollowUpRow first = run(BODY).rows().get(0);

        assertEquals(Outcome.CREATED, first.outcome());
        assertTrue(first.reason(), first.reason().contains("No issue link type with name 'Action item' found."));
    }

    @Test
    public void search_slowerThanTheReadTimeout_failsWithinTheTimeoutWithAClearReason() {
        jira.delay("GET", "/rest/api/2/search", JiraHttp.READ_TIMEOUT_MS + 3_000);
        long started = System.nanoTime();

        FollowUpFailure failure = null;
        try {
            tracker.findByMarker("hindsight-ai-inc-1-a1");
        } catch (FollowUpFailure e) {
            failure = e;
        }

        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(FollowUpFailure.Kind.UNAVAILABLE, failure.kind());
        assertEquals("Jira did not answer within 5 s. Try again later.", failure.reason());
        assertTrue("took " + tookMillis + " ms", tookMillis < JiraHttp.READ_TIMEOUT_MS + 1_500);
    }

    @Test
    public void send_unreachableJira_failsFastWithAClearReason() {
        jira.close();

        FollowUpFailure failure = null;
        try {
            tracker.findByMarker("hindsight-ai-inc-1-a1");
        } catch (FollowUpFailure e) {
            failure = e;
        }

        assertEquals(FollowUpFailure.Kind.UNAVAILABLE, failure.kind());
        assertTrue(failure.reason(), failure.reason().startsWith("Jira could not be reached"));
    }
}
