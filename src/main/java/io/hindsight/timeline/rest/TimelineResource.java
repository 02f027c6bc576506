package io.hindsight.timeline.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.hindsight.platform.DisplayNames;
import io.hindsight.platform.rest.RestInput;
import io.hindsight.timeline.AppendResult;
import io.hindsight.timeline.TimelineEvent;
import io.hindsight.timeline.TimelineService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import io.hindsight.platform.rest.Validators;
import io.hindsight.timeline.TimelinePinService;
import io.hindsight.timeline.TimelineVersionService;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;

/**
 * REST access to an incident's timeline. Reads are open to whoever the site lets in, because the service answers
 * 404 to anyone who may not browse the incident; writes need a licensed user and edit permission.
 *
 * <p>Every method can also answer 400 when the incident key is malformed, and the container's 404/405/406/415
 * for a wrong address, method or media type.
 */
@Path("/incidents/{key}/timeline")
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {

    private final TimelineService timeline;
    private final TimelineVersionService versions;
    private final TimelinePinService pins;
    private final DisplayNames names;

    @Inject
    public TimelineResource(TimelineService timeline, TimelineVersionService versions, TimelinePinService pins,
            DisplayNames names) {
        this.timeline = timeline;
        this.versions = versions;
        this.pins = pins;
        this.names = names;
    }

    /**
     * One page of the timeline: {@code order} is {@code oldest} (default) or {@code newest}; {@code kind} may repeat;
     * {@code cursor} is the {@code next} of the previous page; {@code limit} is 1 to 500 (default 100).
     * Errors: 400 on a bad parameter (named in {@code field}); 404 when the incident does not exist or the caller
     * may not see it.
     *
     * <p>Answers an {@code ETag} that changes whenever an entry of the incident is added, hidden, pinned or unpinned;
     * a request whose {@code If-None-Match} carries it gets 304 without the timeline being read, so polling a live
     * incident costs little while nothing happens.
     */
    @GET
    @AnonymousSiteAccess
    public Response list(@PathParam("key") String key, @QueryParam("order") String order,
            @QueryParam("kind") List<String> kinds, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit, @QueryParam("includeHidden") String includeHidden,
            @Context Request request) {
        // The validator is taken before the read: an entry added in between makes the next poll read again,
        // never hides the entry behind a 304.
        EntityTag tag = Validators.weakTag("t" + versions.versionOf(key));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(Validators.revalidate()).build();
        }
        TimelinePageDto page = TimelinePageDto.from(
                timeline.list(key, TimelineQueryParams.toQuery(order, kinds, cursor, limit, includeHidden)), names);
        return Response.ok(page).tag(tag).cacheControl(Validators.revalidate()).build();
    }

    /**
     * The incident's pinned entries (key moments), oldest pin first, hidden ones included. Errors: 404 when the
     * incident does not exist or the caller may not see it.
     */
    @GET
    @Path("/pins")
    @AnonymousSiteAccess
    public PinnedEntriesDto pins(@PathParam("key") String key) {
        return PinnedEntriesDto.from(pins.pinned(key), names);
    }

    /**
     * Pins an entry as a key moment; pinning it again answers the pin that stands. Errors: 401 for anonymous callers;
     * 403 when the caller may see but not change the incident; 404 when the incident or the entry does not exist, or
     * the caller may not see the incident; 409 when the incident has the most pins it may have. The body is {@code {}}:
     * a JSON write, so that no cross-site form can pin.
     */
    @POST
    @Path("/{id: [0-9]{1,18}}/pin")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public PinnedEntriesDto.PinnedEntryDto pin(@PathParam("key") String key, @PathParam("id") long id) {
        return PinnedEntriesDto.PinnedEntryDto.from(pins.pin(key, id));
    }

    /**
     * Unpins an entry: 204, also when it was not pinned. Errors: 401 for anonymous callers; 403 when the caller may
     * see but not change the incident; 404 when the incident or the entry does not exist, or the caller may not see
     * the incident.
     */
    @DELETE
    @Path("/{id: [0-9]{1,18}}/pin")
    @LicensedOnly
    public Response unpin(@PathParam("key") String key, @PathParam("id") long id) {
        pins.unpin(key, id);
        return Response.noContent().build();
    }

    /**
     * Adds a manual entry: 201 with its Location, or 200 with the stored entry when {@code externalId} repeats.
     * Errors: 400 when the body is not valid (named in {@code field}); 401 for anonymous callers; 403 when the
     * caller may see but not change the incident; 404 when the incident does not exist or the caller may not
     * see it; 413 when the body is too large.
     */
    @POST
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response append(@PathParam("key") String key, AppendTimelineEventRequest request,
            @Context UriInfo uriInfo) {
        AppendResult result = timeline.append(key, RestInput.requireBody(request).toCommand());
        TimelineEventDto dto = TimelineEventDto.from(result.event());
        if (!result.created()) {
            return Response.ok(dto).build();
        }
        URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(dto.id())).build();
        return Response.created(location).entity(dto).build();
    }

    /**
     * One entry, hidden or not. Errors: 404 when the incident or the entry does not exist, or the caller may not
     * see the incident.
     */
    @GET
    @Path("/{id: [0-9]{1,18}}")
    @AnonymousSiteAccess
    public TimelineEventDto get(@PathParam("key") String key, @PathParam("id") long id) {
        return TimelineEventDto.from(timeline.get(key, id));
    }

    /**
     * Hides an entry from the default view, keeping its content; returns the entry with who hid it, when and why.
     * Errors: 400 when the reason is missing or too long; 401 for anonymous callers; 403 when the caller may see but
     * not change the incident; 404 when the incident or the entry does not exist, or the caller may not see the
     * incident; 409 when the entry is already hidden; 413 when the body is too large.
     */
    @POST
    @Path("/{id: [0-9]{1,18}}/hide")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public TimelineEventDto hide(@PathParam("key") String key, @PathParam("id") long id,
            HideTimelineEventRequest request) {
        TimelineEvent hidden = timeline.hide(key, id, RestInput.requireBody(request).reason());
        return TimelineEventDto.from(hidden);
    }
}
