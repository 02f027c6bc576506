package io.hindsight.confluence;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import com.atlassian.plugin.spring.scanner.annotation.component.ConfluenceComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ConfluenceImport;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.ResponseException;

/**
 * {@link JiraHttp} over Confluence's primary Jira application link, authenticated as the current user (the link's
 * impersonating provider). A user who has not authorised Confluence in Jira yet gets
 * {@link JiraAuthorisationRequired} with the link's authorisation URI, shown as an "Authorise" link, not an error.
 */
@ConfluenceComponent
public class ApplinkJiraHttp implements JiraHttp {

    private final ApplicationLinkService applicationLinks;

    public ApplinkJiraHttp(@ConfluenceImport ApplicationLinkService applicationLinks) {
        this.applicationLinks = applicationLinks;
    }

    @Override
    public JiraResponse send(Method method, String path, String jsonBody, int timeoutMs) {
        ApplicationLink link = applicationLinks.getPrimaryApplicationLink(JiraApplicationType.class);
        if (link == null) {
            throw new JiraUnavailable("No Jira is linked to this Confluence; an administrator adds one under"
                    + " Application Links.", null);
        }
        ApplicationLinkRequestFactory requests = link.createAuthenticatedRequestFactory();
        ApplicationLinkRequest request;
        try {
            request = requests.createRequest(methodType(method), path);
        } catch (CredentialsRequiredException e) {
            throw new JiraAuthorisationRequired(e.getAuthorisationURI());
        }
        request.setConnectionTimeout(Math.min(CONNECT_TIMEOUT_MS, timeoutMs));
        request.setSoTimeout(timeoutMs);
        request.addHeader("Accept", "application/json");
        if (jsonBody != null) {
            request.addHeader("Content-Type", "application/json");
            request.setRequestBody(jsonBody);
        }
        JiraResponse response;
        try {
            response = request.executeAndReturn(answer ->
                    new JiraResponse(answer.getStatusCode(), answer.getResponseBodyAsString()));
        } catch (ResponseException e) {
            throw new JiraUnavailable("Jira could not be reached or did not answer within "
                    + JiraHttp.duration(timeoutMs) + ".", e);
        }
        // A 401 through an authenticated link means the user's token is missing or revoked: authorise again.
        if (response.status() == 401) {
            throw new JiraAuthorisationRequired(requests.getAuthorisationURI());
        }
        return response;
    }

    private static Request.MethodType methodType(Method method) {
        return switch (method) {
            case GET -> Request.MethodType.GET;
            case POST -> Request.MethodType.POST;
            case PUT -> Request.MethodType.PUT;
        };
    }
}
