package io.hindsight.confluence.rest;

import io.hindsight.confluence.JiraAuthorisationRequired;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Jira needs the user to authorise Confluence first: answered 200 with {@code {"outcome": "authorise",
 * "authoriseUrl": …}}, because it is a step the user takes, not a failure, and a 401 from Confluence would be read by
 * the browser and Confluence's own scripts as "sign in to Confluence".
 */
@Provider
public class JiraAuthorisationMapper implements ExceptionMapper<JiraAuthorisationRequired> {

    @Override
    public Response toResponse(JiraAuthorisationRequired required) {
        return Response.ok(new AuthoriseDto("authorise", AuthoriseUrls.shown(required.authorisationUri()),
                "Jira needs your authorisation first; nothing was changed.")).type(MediaType.APPLICATION_JSON).build();
    }
}
