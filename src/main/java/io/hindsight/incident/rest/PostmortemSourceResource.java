package io.hindsight.incident.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import io.hindsight.incident.IncidentService;
import io.hindsight.postmortem.workflow.PeopleNames;
import io.hindsight.postmortem.workflow.PostmortemSources;
import io.hindsight.timeline.TimelineService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/**
 * What an incident's post-mortem is generated from, for the Confluence macro (through the application link) and any
 * other generator. Open to whoever the site lets in: the services answer 404 to anyone who may not see the incident.
 */
@Path("/incidents/{key}/postmortem-source")
@Produces(MediaType.APPLICATION_JSON)
public class PostmortemSourceResource {

    private final PostmortemSources sources;

    /** {@code names} gives the display names the page shows for the people on the timeline. */
    @Inject
    public PostmortemSourceResource(IncidentService incidents, TimelineService timeline, PeopleNames names) {
        this.sources = new PostmortemSources(incidents, timeline, names);
    }

    /**
     * The incident, its people, key instants with their entries, impact, and its timeline read page by page up to
     * {@link PostmortemSources#MAX_TIMELINE_ENTRIES} entries; {@code fullTimelineUrl} reads the rest. Errors: 400 for a
     * malformed key; 404 when the incident does not exist or the caller may not see it.
     */
    @GET
    @AnonymousSiteAccess
    public PostmortemSourceDto get(@PathParam("key") String key, @Context UriInfo uriInfo) {
        String timelineUrl = uriInfo.getBaseUriBuilder().path("incidents").path(key).path("timeline").build()
                .toString();
        return PostmortemSourceDto.from(sources.read(key, timelineUrl));
    }
}
