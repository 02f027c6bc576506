package io.hindsight.confluence.rest.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hindsight.confluence.HttpClientJiraHttp;
import io.hindsight.confluence.followup.FollowUpState;
import io.hindsight.confluence.followup.FollowUpStatus;
import io.hindsight.confluence.followup.FollowUpStatuses;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The follow-up status search against a fake Jira over real HTTP: the request checked against Jira's search schema,
 * open / done / overdue / not visible, and every failure (401, 403, 404, 500, slow, timeout) answered as a status the
 * macro shows, never as an exception and never later than the short timeout.
 */
public class JiraFollowUpStatusesContractTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T10:00:00Z"), ZoneOffset.UTC);
    private static final URI AUTHORISE = URI.create("http://127.0.0.1/plugins/servlet/applinks/oauth/login-dance/authorize");
    private static final ObjectMapper JSON = new ObjectMapper();

    private FakeJira jira;
    private JiraFollowUpStatuses statuses;

    @Before
    public void startFakeJira() throws Exception {
        jira = new FakeJira();
        statuses = new JiraFollowUpStatuses(new HttpClientJiraHttp(jira.baseUri(), null, AUTHORISE), CLOCK);
        jira.issues.put("ACT-1", JSON.readTree("{\"duedate\":\"2026-03-01\"}"));
        jira.issues.put("ACT-2", JSON.readTree("{\"duedate\":\"2026-03-01\"}"));
        jira.issues.put("ACT-3", JSON.readTree("{\"duedate\":\"2026-04-01\"}"));
        jira.issues.put("ACT-4", JSON.readTree("{}"));
        jira.workflowStatus.put("ACT-1", new String[] {"In Progress", "indeterminate"});
        jira.workflowStatus.put("ACT-2", new String[] {"Closed", "done"});
    }

    @After
    public void stopFakeJira() {
        jira.close();
    }

    @Test
    public void statusOf_readsOpenDoneAndOverdue_inTheOrderAsked_andSkipsIssuesJiraDoesNotReturn() {
        FollowUpStatuses read = statuses.statusOf(List.of("ACT-2", "ACT-1", "ACT-3", "ACT-4", "ACT-99"));

        assertEquals(List.of(), jira.violations);
        assertTrue(read.isAvailable());
        assertEquals(List.of(
                new FollowUpStatus("ACT-2", "Closed", FollowUpState.DONE, java.time.LocalDate.of(2026, 3, 1)),
                new FollowUpStatus("ACT-1", "In Progress", FollowUpState.OVERDUE, java.time.LocalDate.of(2026, 3, 1)),
                new FollowUpStatus("ACT-3", "Open", FollowUpState.OPEN, java.time.LocalDate.of(2026, 4, 1)),
                new FollowUpStatus("ACT-4", "Open", FollowUpState.OPEN, null),
                new FollowUpStatus("ACT-99", "", FollowUpState.UNKNOWN, null)), read.issues());
        assertEquals(List.of("key in (\"ACT-2\", \"ACT-1\", \"ACT-3\", \"ACT-4\", \"ACT-99\")"), jira.searches);
    }

    @Test
    public void statusOf_noIssues_asksJiraNothing() {
        assertEquals(List.of(), statuses.statusOf(List.of()).issues());
        assertEquals(List.of(), jira.searches);
    }

    @Test
    public void statusOf_unauthorisedLink_answersTheAuthoriseAddress() {
        jira.answer("GET", "/rest/api/2/search", 401, "");

        FollowUpStatuses read = statuses.statusOf(List.of("ACT-1"));

        assertTrue(read.needsAuthorisation());
        assertEquals(AUTHORISE, read.authoriseUri());
    }

    @Test
    public void statusOf_forbiddenMissingOrFailingSearch_isUnavailableWithJirasReason() {
        jira.answer("GET", "/rest/api/2/search", 403, "{\"errorMessages\":[\"No permission to search\"],\"errors\":{}}");
        assertEquals("Jira does not allow you to read the follow-ups' status: No permission to search.",
                statuses.statusOf(List.of("ACT-1")).problem());

        jira.clearScripts().answer("GET", "/rest/api/2/search", 404, "{\"errorMessages\":[],\"errors\":{}}");
        assertEquals("Jira could not read the follow-ups' status: not found.",
                statuses.statusOf(List.of("ACT-1")).problem());

        jira.clearScripts().answer("GET", "/rest/api/2/search", 500, "<html>Internal error</html>");
        FollowUpStatuses failed = statuses.statusOf(List.of("ACT-1"));
        assertFalse(failed.isAvailable());
        assertEquals("Jira failed (HTTP 500) to read the follow-ups' status; try again later.", failed.problem());
    }

    @Test
    public void statusOf_slowButInTime_isRead() {
        jira.delay("GET", "/rest/api/2/search", 300);

        assertTrue(statuses.statusOf(List.of("ACT-1")).isAvailable());
    }

    @Test
    public void statusOf_jiraSlowerThanTheTimeout_givesUpWithinTheShortTimeout() {
        jira.delay("GET", "/rest/api/2/search", 5_000);

        long started = System.nanoTime();
        FollowUpStatuses read = statuses.statusOf(List.of("ACT-1"));
        long waitedMs = (System.nanoTime() - started) / 1_000_000;

        assertFalse(read.isAvailable());
        assertTrue(read.problem(), read.problem().contains("did not answer within 1500 ms"));
        // The timeout plus scheduling slack on a loaded machine; far below the 5 s Jira takes.
        assertTrue("waited " + waitedMs + " ms", waitedMs >= JiraFollowUpStatuses.TIMEOUT_MS && waitedMs < 3_000);
    }

    @Test
    public void statusOf_jiraDown_isUnavailable() {
        jira.close();

        FollowUpStatuses read = statuses.statusOf(List.of("ACT-1"));

        assertFalse(read.isAvailable());
        assertTrue(read.problem(), read.problem().startsWith("Jira could not be reached"));
    }

    @Test
    public void statusOf_keysThatAreNotIssueKeys_neverReachTheQuery() {
        statuses.statusOf(List.of("ACT-1", "x\") OR project = SEC OR key in (\"y"));

        assertEquals(List.of("key in (\"ACT-1\")"), jira.searches);
    }
}
