package io.hindsight.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import io.hindsight.jira.project.ProjectEnablement;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Jira administrators turn Hindsight on and off per project here. Every method can also answer the container's
 * 401/403 for a caller who is not a Jira administrator.
 */
@Path("/admin/projects")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectEnablementResource {

    private final ProjectEnablement enablement;

    @Inject
    public ProjectEnablementResource(ProjectEnablement enablement) {
        this.enablement = enablement;
    }

    /** The projects Hindsight is on for. */
    @GET
    @AdminOnly
    public List<EnabledProjectDto> list() {
        return enablement.enabledProjects().stream().map(EnabledProjectDto::from).toList();
    }

    /**
     * Turns Hindsight on for the project, or changes whether comments are recorded; the body may be empty. Errors:
     * 404 for an unknown project; 409 when setup is incomplete or the project uses Jira's default workflow scheme.
     */
    @POST
    @AdminOnly
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{projectKey}")
    public EnabledProjectDto enable(@PathParam("projectKey") String projectKey, EnableProjectRequest request) {
        boolean recordComments = request != null && Boolean.TRUE.equals(request.recordComments());
        return EnabledProjectDto.from(enablement.enable(projectKey, recordComments));
    }

    /** Turns Hindsight off for the project; nothing is deleted. Errors: 404 for an unknown project. */
    @DELETE
    @AdminOnly
    @Path("/{projectKey}")
    public EnabledProjectDto disable(@PathParam("projectKey") String projectKey) {
        return EnabledProjectDto.from(enablement.disable(projectKey));
    }
}
