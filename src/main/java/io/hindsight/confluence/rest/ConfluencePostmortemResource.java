package io.hindsight.confluence.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.hindsight.confluence.postmortem.ConfluencePostmortems;
import io.hindsight.confluence.postmortem.MacroState;
import io.hindsight.platform.ForbiddenException;
import io.hindsight.platform.InvalidInputException;
import io.hindsight.platform.NotFoundException;
import io.hindsight.platform.rest.RestInput;
import io.hindsight.postmortem.workflow.PostmortemSources;
import io.hindsight.postmortem.workflow.PostmortemWorkflow;
import io.hindsight.postmortem.workflow.PostmortemWorkflow.Generated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.regex.Pattern;

/**
 * The post-mortem macro's buttons in Confluence ({@code /rest/hindsight/1.0/confluence/postmortems/{key}}): generate
 * the incident's post-mortem page, create its follow-up issues, change its status, and read its follow-ups' live
 * status.
 *
 * <p>Every method answers 400 for a malformed key or body (the field is named), 401 for anonymous callers, 404 when
 * the incident does not exist in Jira or the caller may not see it (or, except for generating, it has no page yet),
 * 503 {@code jira_unavailable} when Jira does not answer in time, and 200 {@code {"outcome": "authorise",
 * "authoriseUrl": …}} when Jira first needs the caller's authorisation. Writes also answer 403 when the caller may not
 * create or edit the page, or Confluence is read-only, and 409 when the page changed meanwhile or no follow-up project
 * is configured. Writes take JSON only, so that a cross-site form cannot post them.
 */
@Path("/confluence/postmortems/{key}")
@Produces(MediaType.APPLICATION_JSON)
public class ConfluencePostmortemResource {

    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}-[1-9][0-9]{0,17}");

    private final ConfluencePostmortems postmortems;

    @Inject
    public ConfluencePostmortemResource(ConfluencePostmortems postmortems) {
        this.postmortems = postmortems;
    }

    /**
     * Generates the incident's post-mortem under the macro's page ({@code {pageId}}) or the configured parent: 201
     * with its Location when created, 200 with the page it already has. Errors: as for every write (see the class).
     */
    @POST
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response generate(@PathParam("key") String key, GeneratePostmortemRequest request) {
        Long pageId = RestInput.requireBody(request).pageId();
        Generated generated = writable(key, pageId).generate(key);
        PostmortemPageDto page = PostmortemPageDto.of(generated.page(), generated.created());
        return generated.created() ? Response.created(URI.create(page.url())).entity(page).build()
                : Response.ok(page).build();
    }

    /**
     * Creates the follow-up issues of the page's action items, one per item, and names them on the page; running it
     * again creates nothing twice, and a row that fails says why while the others go through. Errors: as for every
     * write (see the class).
     */
    @POST
    @Path("/follow-ups")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public FollowUpsDto createFollowUps(@PathParam("key") String key) {
        return FollowUpsDto.of(writable(key, null).createFollowUps(key));
    }

    /**
     * Moves the page, {@code {status}}, to {@code draft}, {@code in-review} or {@code published}, and sends it to
     * Jira, where publishing lets a SEV-1 or SEV-2 incident close. Errors: as for every write (see the class).
     */
    @POST
    @Path("/status")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public PostmortemPageDto changeStatus(@PathParam("key") String key, ChangeStatusRequest request) {
        String code = RestInput.requireBody(request).status();
        return PostmortemPageDto.of(writable(key, null).changeStatus(key,
                PostmortemSources.status(io.hindsight.incident.PostmortemStatus.fromCode(code, "status"))), null);
    }

    /**
     * The live status of the page's follow-ups, from a cache refreshed at most once a minute per viewer; never waits
     * on Jira longer than a short timeout. {@code pageId} is the macro's page. Errors: as for every method.
     */
    @GET
    @Path("/follow-ups")
    @LicensedOnly
    public FollowUpStatusesDto followUpStatus(@PathParam("key") String key, @QueryParam("pageId") Long pageId) {
        MacroState state = postmortems.macroState(checked(key), pageId);
        if (state.pageIfAny().isEmpty()) {
            throw new NotFoundException(key + " has no post-mortem page yet, or you may not see it.");
        }
        return state.followUpsIfAny().map(FollowUpStatusesDto::of)
                .orElseGet(() -> new FollowUpStatusesDto("done", null, null, null, java.util.List.of()));
    }

    private PostmortemWorkflow writable(String key, Long pageId) {
        checked(key);
        if (postmortems.readOnly()) {
            throw new ForbiddenException("Confluence is in read-only mode for maintenance; post-mortems cannot be"
                    + " generated or changed until an administrator ends it.");
        }
        return postmortems.workflowFor(pageId);
    }

    private static String checked(String key) {
        if (key == null || !ISSUE_KEY.matcher(key).matches()) {
            throw new InvalidInputException("key", "An incident key looks like OPS-123.");
        }
        return key;
    }
}
