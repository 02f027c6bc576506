package io.hindsight.ingest.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import io.hindsight.ingest.IngestSourceService;
import io.hindsight.platform.rest.RestInput;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;

/**
 * Administration of ingestion sources: list, create, change settings, rotate secrets. Administrators only. A
 * token source's secret is in the response that creates or rotates it, and in no other.
 *
 * <p>Every method can also answer 401 for anonymous callers, 403 for users who are not administrators, and the
 * container's 404/405/406/415 for a wrong address, method or media type.
 */
@Path("/ingest-sources")
@Produces(MediaType.APPLICATION_JSON)
public class IngestSourceResource {

    private final IngestSourceService sources;

    @Inject
    public IngestSourceResource(IngestSourceService sources) {
        this.sources = sources;
    }

    /** Every source, by name, with the state (never the value) of its secret. */
    @GET
    @AdminOnly
    public List<IngestSourceDto> list() {
        return sources.list().stream().map(IngestSourceDto::from).toList();
    }

    /**
     * Creates a source: 201 with its Location, its webhook path and, for a token source, its secret (shown this
     * once). Errors: 400 when a field breaks the rules (named in {@code field}); 409 when the name is taken; 413
     * when the body is too large.
     */
    @POST
    @AdminOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CreateIngestSourceRequest request, @Context UriInfo uriInfo) {
        CreateIngestSourceRequest body = RestInput.requireBody(request);
        IngestSourceDto created = IngestSourceDto.from(
                sources.create(body.name(), body.sourceType(), body.settings(), body.secret()));
        URI location = uriInfo.getAbsolutePathBuilder().path(created.name()).build();
        return Response.created(location).entity(created).build();
    }

    /** One source. Errors: 404 when no source has this name. */
    @GET
    @Path("/{name}")
    @AdminOnly
    public IngestSourceDto get(@PathParam("name") String name) {
        return IngestSourceDto.from(sources.get(name));
    }

    /**
     * Replaces a source's settings (projects, rules, mapping, rate limit); its secret stays. Errors: 400 when a
     * field breaks the rules; 404 when no source has this name; 413 when the body is too large.
     */
    @PUT
    @Path("/{name}")
    @AdminOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public IngestSourceDto update(@PathParam("name") String name, IngestSettingsRequest request) {
        return IngestSourceDto.from(sources.update(name, RestInput.requireBody(request).toSettings()));
    }

    /**
     * Issues a new secret; the current one stays valid for {@code graceMinutes} (default 1440) so senders can be
     * switched without losing deliveries. A token source's new secret is in this response only; a PagerDuty
     * source takes the new signing secret in {@code secret}. An empty object asks for the defaults. Errors: 400
     * for a grace period outside 0 to 43200 minutes or a secret where none belongs (or none where one must be);
     * 404 when no source has this name.
     */
    @POST
    @Path("/{name}/rotate-secret")
    @AdminOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public IngestSourceDto rotateSecret(@PathParam("name") String name, RotateSecretRequest request) {
        RotateSecretRequest body = request == null ? new RotateSecretRequest(null, null) : request;
        return IngestSourceDto.from(sources.rotate(name, body.grace(), body.secret()));
    }
}
