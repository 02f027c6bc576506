package io.hindsight.confluence.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import io.hindsight.confluence.postmortem.ConfluencePostmortems;
import io.hindsight.confluence.postmortem.ConfluencePostmortems.Placement;
import io.hindsight.platform.rest.RestInput;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Administrators' settings of the post-mortem macro in Confluence ({@code /rest/hindsight/1.0/confluence/settings}):
 * {@code parentPageId}, the page every post-mortem goes under (absent: under the macro's page), and
 * {@code followUpProject}, the Jira project follow-up issues are filed in. Errors: 400 naming the field; 403 for
 * non-administrators and in read-only mode.
 */
@Path("/confluence/settings")
@Produces(MediaType.APPLICATION_JSON)
public class ConfluenceSettingsResource {

    private final ConfluencePostmortems postmortems;

    @Inject
    public ConfluenceSettingsResource(ConfluencePostmortems postmortems) {
        this.postmortems = postmortems;
    }

    @GET
    @AdminOnly
    public Placement get() {
        return postmortems.placement();
    }

    /** Replaces both settings, {@code {parentPageId?, followUpProject?}}; an absent one is cleared. */
    @PUT
    @AdminOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Placement put(Placement request) {
        Placement placement = RestInput.requireBody(request);
        return postmortems.place(placement.parentPageId(), placement.followUpProject());
    }
}
