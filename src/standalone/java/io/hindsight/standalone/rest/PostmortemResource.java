package io.hindsight.standalone.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.hindsight.platform.InvalidInputException;
import io.hindsight.platform.rest.RestInput;
import io.hindsight.postmortem.workflow.PostmortemSources;
import io.hindsight.postmortem.workflow.PostmortemWorkflow;
import io.hindsight.postmortem.workflow.PostmortemWorkflow.Generated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The embedded host's post-mortem pages, standing in for the Confluence page and its macro's buttons: generate the
 * incident's page, read it, save an edit, create its follow-up issues, and move it to in review or published.
 *
 * <p>Every method can answer 400 for a malformed key or body (the field is named), 401 for anonymous callers, 404 when
 * the incident does not exist or the caller may not see it (or, except for generating, it has no page yet); writes
 * also 403 when the caller may see but not change the page, and 413 for a body that is too large. Writes take JSON
 * only, an empty object where they need nothing more, so that a cross-site form cannot post them.
 */
@Path("/postmortems/{key}")
@Produces(MediaType.APPLICATION_JSON)
public class PostmortemResource {

    private final PostmortemWorkflow workflow;

    @Inject
    public PostmortemResource(PostmortemWorkflow workflow) {
        this.workflow = workflow;
    }

    /**
     * Generates the incident's post-mortem page: 201 with its Location when created, 200 with the page it already has.
     * Errors: as for every write (see the class).
     */
    @POST
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response generate(@PathParam("key") String key) {
        Generated generated = workflow.generate(key);
        PostmortemPageDto page = PostmortemPageDto.of(generated.page(), generated.created());
        return generated.created() ? Response.created(URI.create(page.url())).entity(page).build()
                : Response.ok(page).build();
    }

    /** The page with its body, status and blameless-language findings. Errors: as for every method (see the class). */
    @GET
    @AnonymousSiteAccess
    public PostmortemPageDto get(@PathParam("key") String key) {
        return PostmortemPageDto.of(workflow.view(key));
    }

    /**
     * Saves an edit, {@code {version, body}}. Errors: as for every write (see the class); 400 when the body is not
     * storage format; 409 when the page changed since {@code version}.
     */
    @PUT
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public PostmortemPageDto edit(@PathParam("key") String key, EditPostmortemRequest request) {
        EditPostmortemRequest edit = RestInput.requireBody(request);
        if (edit.version() == null) {
            throw new InvalidInputException("version", "Name the version your edit was made on.");
        }
        return PostmortemPageDto.of(workflow.edit(key, edit.version(), edit.body()), null);
    }

    /**
     * Creates the follow-up issues of the page's action items, one per item, and names them on the page; running it
     * again creates nothing twice. Errors: as for every write (see the class); 409 when the page changed meanwhile.
     */
    @POST
    @Path("/follow-ups")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public FollowUpReportDto createFollowUps(@PathParam("key") String key) {
        return FollowUpReportDto.of(workflow.createFollowUps(key));
    }

    /**
     * Moves the page, {@code {status}}, to {@code draft}, {@code in-review} or {@code published}, and records it on the
     * incident. Errors: as for every write (see the class); 409 when the page changed meanwhile or the incident can no
     * longer take the status.
     */
    @POST
    @Path("/status")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public PostmortemPageDto changeStatus(@PathParam("key") String key, ChangePostmortemStatusRequest request) {
        String code = RestInput.requireBody(request).status();
        return PostmortemPageDto.of(workflow.changeStatus(key,
                PostmortemSources.status(io.hindsight.incident.PostmortemStatus.fromCode(code, "status"))), null);
    }
}
