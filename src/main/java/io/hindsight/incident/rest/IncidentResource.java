package io.hindsight.incident.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.hindsight.incident.IncidentService;
import io.hindsight.platform.rest.RestInput;
import io.hindsight.platform.rest.Validators;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * REST access to incidents: declare one, read it with its key instants, deadlines and available transitions, and
 * change it. Reads are open to whoever the site lets in, because the service answers 404 to anyone who may not see
 * the incident; changes need a licensed user with edit permission, and every change answers the incident as it is
 * afterwards.
 *
 * <p>Every change can answer 400 for a malformed key or body (the field is named), 401 for anonymous callers, 403
 * when the caller may see but not change the incident, 404 when it does not exist or the caller may not see it, 409
 * when someone changed it at the same moment, 413 for a body that is too large; and the container's 404/405/406/415
 * for a wrong address, method or media type.
 */
@Path("/incidents")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentResource {

    private final IncidentService incidents;

    @Inject
    public IncidentResource(IncidentService incidents) {
        this.incidents = incidents;
    }

    /**
     * Declares an incident: 201 with its Location and the incident. Errors: 400 for bad input; 401 for anonymous
     * callers; 403 when the caller may not create incidents in the project; 404 when the project does not exist or
     * the caller may not see it; 413 when the body is too large.
     */
    @POST
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response declare(DeclareIncidentRequest request, @Context UriInfo uriInfo) {
        IncidentDto incident = IncidentDto.from(incidents.declare(RestInput.requireBody(request).toCommand()));
        URI location = uriInfo.getAbsolutePathBuilder().path(incident.key()).build();
        return Response.created(location).entity(incident).build();
    }

    /**
     * The incident now, with an {@code ETag} of its content: a request whose {@code If-None-Match} carries it gets 304
     * while nothing shown changed, a deadline's status included. Errors: 400 for a malformed key; 404 when it does not
     * exist or the caller may not see it.
     */
    @GET
    @Path("/{key}")
    @AnonymousSiteAccess
    public Response get(@PathParam("key") String key, @Context Request request) {
        IncidentDto incident = IncidentDto.from(incidents.get(key));
        // Records print every component, nested ones included, so the text covers all the client would see.
        EntityTag tag = Validators.weakTag("i" + incident);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(Validators.revalidate()).build();
        }
        return Response.ok(incident).tag(tag).cacheControl(Validators.revalidate()).build();
    }

    /**
     * Takes a transition, {@code {transition, reason}}. Errors: as for every change (see the class); 409 when the
     * incident cannot take it now, with the reason, the current status and the transitions allowed instead.
     */
    @POST
    @Path("/{key}/transitions")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public IncidentDto transition(@PathParam("key") String key, TransitionRequest request) {
        return IncidentDto.from(incidents.transition(key, RestInput.requireBody(request).toCommand()));
    }

    /**
     * Changes the severity, {@code {severity, reason}}; the same severity again changes nothing. Errors: as for every
     * change (see the class); 409 when the incident is closed or cancelled.
     */
    @POST
    @Path("/{key}/severity")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public IncidentDto changeSeverity(@PathParam("key") String key, ChangeSeverityRequest request) {
        return IncidentDto.from(incidents.changeSeverity(key, RestInput.requireBody(request).toCommand()));
    }

    /**
     * Sets a key instant by hand, {@code {at, reason}}, backdated as needed. Errors: as for every change (see the
     * class); 400 when the instant is in the future or out of order with the others (a resolution before the
     * detection, say); 409 when the incident has not been mitigated or resolved yet.
     */
    @PUT
    @Path("/{key}/key-instants/{instant}")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public IncidentDto setKeyInstant(@PathParam("key") String key, @PathParam("instant") String instant,
            SetKeyInstantRequest request) {
        return IncidentDto.from(incidents.setKeyInstant(key, RestInput.requireBody(request).toCommand(instant)));
    }

    /**
     * Records the post-mortem, {@code {url, status}}; publishing meets the post-mortem deadline and lets a SEV-1 or
     * SEV-2 incident close. Errors: as for every change (see the class); 409 when the incident was cancelled, or was
     * closed on its published post-mortem.
     */
    @PUT
    @Path("/{key}/postmortem")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public IncidentDto recordPostmortem(@PathParam("key") String key, RecordPostmortemRequest request) {
        return IncidentDto.from(incidents.recordPostmortem(key, RestInput.requireBody(request).toCommand()));
    }

    /**
     * Records that executives or the supervisory authority were notified, {@code {at?, reason}}, for the clock
     * {@code executive-notification} or {@code personal-data-breach}. Errors: as for every change (see the class); 400
     * for the post-mortem clock, which publishing meets; 409 when there is no such deadline or it is met already.
     */
    @PUT
    @Path("/{key}/deadlines/{clock}")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public IncidentDto meetDeadline(@PathParam("key") String key, @PathParam("clock") String clock,
            MeetDeadlineRequest request) {
        return IncidentDto.from(incidents.meetDeadline(key, RestInput.requireBody(request).toCommand(clock)));
    }

    /**
     * Flags the incident as a personal-data breach, {@code {awareAt?, reason}}, starting the 72-hour GDPR clock.
     * Errors: as for every change (see the class); 409 when it is flagged already or was cancelled.
     */
    @PUT
    @Path("/{key}/personal-data-breach")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public IncidentDto flagPersonalDataBreach(@PathParam("key") String key, FlagPersonalDataBreachRequest request) {
        return IncidentDto.from(incidents.flagPersonalDataBreach(key, RestInput.requireBody(request).toCommand()));
    }

    /**
     * Leaves the incident out of the metrics as a game day or maintenance, {@code {exclusion, reason}}, or counts it
     * again with {@code exclusion} null. Errors: as for every change (see the class).
     */
    @PUT
    @Path("/{key}/metrics-exclusion")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public IncidentDto excludeFromMetrics(@PathParam("key") String key, ExcludeFromMetricsRequest request) {
        return IncidentDto.from(incidents.excludeFromMetrics(key, RestInput.requireBody(request).toCommand()));
    }
}
