package io.hindsight.confluence.rest;

import io.hindsight.confluence.JiraUnavailable;
import io.hindsight.platform.rest.ErrorDto;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Jira could not be reached or did not answer in time: 503 {@code jira_unavailable}, with the reason. */
@Provider
public class JiraUnavailableMapper implements ExceptionMapper<JiraUnavailable> {

    @Override
    public Response toResponse(JiraUnavailable unavailable) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.APPLICATION_JSON)
                .entity(new ErrorDto(503, "jira_unavailable", unavailable.getMessage(), null)).build();
    }
}
