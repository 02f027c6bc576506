package io.hindsight.confluence.rest.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hindsight.confluence.HttpClientJiraHttp;
import io.hindsight.confluence.JiraHttp;
import io.hindsight.confluence.JiraUnavailable;
import java.net.URI;
import java.util.Optional;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The incident the macro shows, against a fake Jira over real HTTP: found, hidden, and a Jira slower than a view. */
public class JiraIncidentSourceContractTest {

    private FakeJira jira;
    private JiraIncidentSource source;

    @Before
    public void startFakeJira() throws Exception {
        jira = new FakeJira();
        source = new JiraIncidentSource(new HttpClientJiraHttp(jira.baseUri(), null, URI.create("https://jira.test/a")));
        jira.incidents.put("OPS-1", new ObjectMapper().readTree("{\"key\":\"OPS-1\",\"summary\":\"Checkout down\","
                + "\"severity\":\"SEV-1\",\"status\":\"postmortem-in-review\","
                + "\"deadlines\":{\"postmortemDue\":\"2026-03-03T14:00:00Z\"}}"));
    }

    @After
    public void stopFakeJira() {
        jira.close();
    }

    @Test
    public void find_readsTheIncidentAndHidesWhatJiraHides() {
        assertEquals("Postmortem in review", source.find("OPS-1").orElseThrow().status());
        assertEquals(Optional.empty(), source.find("SEC-1"));
    }

    @Test
    public void find_jiraSlowerThanAPageView_givesUpWithinThePageViewTimeout() {
        jira.delay("GET", "/rest/hindsight/1.0/incidents/", 6_000);

        long started = System.nanoTime();
        assertThrows(JiraUnavailable.class, () -> source.find("OPS-1"));
        long waitedMs = (System.nanoTime() - started) / 1_000_000;

        assertTrue("waited " + waitedMs + " ms", waitedMs < JiraHttp.PAGE_VIEW_TIMEOUT_MS + 1_500);
    }
}
