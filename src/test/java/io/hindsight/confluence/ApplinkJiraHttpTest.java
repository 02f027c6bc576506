package io.hindsight.confluence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.fail;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import com.atlassian.sal.api.net.ReturningResponseHandler;
import java.net.URI;
import org.junit.Before;
import org.junit.Test;

public class ApplinkJiraHttpTest {

    private static final URI AUTHORISE = URI.create("https://jira.test/plugins/servlet/applinks/oauth/login-dance");

    private final ApplicationLinkService links = mock(ApplicationLinkService.class);
    private final ApplicationLink link = mock(ApplicationLink.class);
    private final ApplicationLinkRequestFactory requests = mock(ApplicationLinkRequestFactory.class);
    private final ApplicationLinkRequest request = mock(ApplicationLinkRequest.class);
    private final ApplinkJiraHttp http = new ApplinkJiraHttp(links);

    @Before
    public void linkToJira() throws Exception {
        when(links.getPrimaryApplicationLink(JiraApplicationType.class)).thenReturn(link);
        when(link.createAuthenticatedRequestFactory()).thenReturn(requests);
        when(requests.createRequest(any(), any())).thenReturn(request);
        when(requests.getAuthorisationURI()).thenReturn(AUTHORISE);
    }

    @SuppressWarnings("unchecked")
    private void jiraAnswers(int status, String body) throws ResponseException {
        Response response = mock(Response.class);
        when(response.getStatusCode()).thenReturn(status);
        when(response.getResponseBodyAsString()).thenReturn(body);
        when(request.executeAndReturn(any())).thenAnswer(call ->
                ((ReturningResponseHandler<Response, Object>) call.getArgument(0)).handle(response));
    }

    @Test
    public void send_postsJsonWithShortTimeoutsAndReturnsJirasAnswer() throws Exception {
        jiraAnswers(201, "{\"key\":\"OPS-1\"}");

        JiraResponse response = http.send(JiraHttp.Method.POST, "/rest/api/2/issue", "{}");

        assertEquals(new JiraResponse(201, "{\"key\":\"OPS-1\"}"), response);
        verify(requests).createRequest(Request.MethodType.POST, "/rest/api/2/issue");
        verify(request).setConnectionTimeout(2_000);
        verify(request).setSoTimeout(5_000);
        verify(request).addHeader("Content-Type", "application/json");
        verify(request).setRequestBody("{}");
    }

    @Test
    public void send_putWithAShortTimeout_waitsNoLongerThanItToConnectOrToRead() throws Exception {
        jiraAnswers(200, "{}");

        http.send(JiraHttp.Method.PUT, "/rest/hindsight/1.0/incidents/OPS-1/postmortem", "{\"status\":\"draft\"}", 1_500);

        verify(requests).createRequest(Request.MethodType.PUT, "/rest/hindsight/1.0/incidents/OPS-1/postmortem");
        verify(request).setConnectionTimeout(1_500);
        verify(request).setSoTimeout(1_500);
        verify(request).setRequestBody("{\"status\":\"draft\"}");
    }

    @Test
    public void send_userHasNotAuthorised_reportsTheAuthorisationUri() throws Exception {
        CredentialsRequiredException notAuthorised = mock(CredentialsRequiredException.class);
        when(notAuthorised.getAuthorisationURI()).thenReturn(AUTHORISE);
        when(requests.createRequest(any(), any())).thenThrow(notAuthorised);

        try {
            http.send(JiraHttp.Method.GET, "/rest/api/2/search?jql=x", null);
            fail("expected authorisation to be required");
        } catch (JiraAuthorisationRequired e) {
            assertSame(AUTHORISE, e.authorisationUri());
        }
    }

    @Test
    public void send_jiraAnswers401_asksForAuthorisationAgain() throws Exception {
        jiraAnswers(401, "");

        try {
            http.send(JiraHttp.Method.GET, "/rest/api/2/search?jql=x", null);
            fail("expected authorisation to be required");
        } catch (JiraAuthorisationRequired e) {
            assertSame(AUTHORISE, e.authorisationUri());
        }
    }

    @Test(expected = JiraUnavailable.class)
    public void send_timeout_isUnavailable() throws Exception {
        when(request.executeAndReturn(any())).thenThrow(new ResponseException("Read timed out"));

        http.send(JiraHttp.Method.GET, "/rest/api/2/search?jql=x", null);
    }

    @Test
    public void send_noJiraLinked_saysSo() {
        when(links.getPrimaryApplicationLink(JiraApplicationType.class)).thenReturn(null);

        try {
            http.send(JiraHttp.Method.GET, "/rest/api/2/search?jql=x", null);
            fail("expected no link");
        } catch (JiraUnavailable e) {
            assertEquals("No Jira is linked to this Confluence; an administrator adds one under Application Links.",
                    e.getMessage());
        }
    }
}
