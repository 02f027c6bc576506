package io.hindsight.actionitem.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.hindsight.actionitem.ActionItemService;
import io.hindsight.platform.rest.RestInput;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The action items of one incident, as its panel shows and adds them. Reads are open to whoever the site lets in,
 * because the service answers 404 to anyone who may not see the incident.
 */
@Path("/incidents/{key}/action-items")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentActionItemsResource {

    private final ActionItemService actionItems;

    @Inject
    public IncidentActionItemsResource(ActionItemService actionItems) {
        this.actionItems = actionItems;
    }

    /**
     * The incident's action items with their status ({@code open}, {@code overdue}, {@code done}). Errors: 400 for a
     * malformed key; 404 when the incident does not exist or the caller may not see it.
     */
    @GET
    @AnonymousSiteAccess
    public List<ActionItemDto> list(@PathParam("key") String key) {
        return actionItems.list(key).stream().map(ActionItemDto::from).toList();
    }

    /**
     * Adds one, {@code {summary, owner, due, priority?, type}}: 201 with the action item. Errors: 400 naming the field
     * (an owner who cannot be assigned issues in the action-item project is {@code owner}); 401 for anonymous
     * callers; 403 when the caller may see but not change the incident; 404 when it does not exist or the caller may
     * not see it; 409 when the action-item project is missing or the tracker is unavailable.
     */
    @POST
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("key") String key, AddActionItemRequest request) {
        ActionItemService.Added added = actionItems.add(key, RestInput.requireBody(request).toCommand());
        return Response.status(Response.Status.CREATED).entity(AddedActionItemDto.from(added)).build();
    }
}
