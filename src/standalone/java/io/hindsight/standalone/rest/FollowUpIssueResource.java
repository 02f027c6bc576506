package io.hindsight.standalone.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.hindsight.incident.IncidentService;
import io.hindsight.platform.InvalidInputException;
import io.hindsight.platform.NotFoundException;
import io.hindsight.platform.rest.RestInput;
import io.hindsight.standalone.followups.FollowUpIssue;
import io.hindsight.standalone.followups.FollowUpTransitions;
import io.hindsight.standalone.followups.StandaloneFollowUpTracker;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The embedded host's follow-up issues, read as Jira's issue view would show them: owner, due date, status, and the
 * links to the incident and the post-mortem page. An issue is visible to whoever may see its incident.
 */
@Path("/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
public class FollowUpIssueResource {

    private final StandaloneFollowUpTracker issues;
    private final IncidentService incidents;
    private final FollowUpTransitions transitions;

    @Inject
    public FollowUpIssueResource(StandaloneFollowUpTracker issues, IncidentService incidents,
            FollowUpTransitions transitions) {
        this.issues = issues;
        this.incidents = incidents;
        this.transitions = transitions;
    }

    /**
     * The follow-ups linked to an incident, oldest first. Errors: 400 without {@code incident} or for a malformed key;
     * 404 when the incident does not exist or the caller may not see it.
     */
    @GET
    @AnonymousSiteAccess
    public List<FollowUpIssue> linkedTo(@QueryParam("incident") String incidentKey) {
        if (incidentKey == null) {
            throw new InvalidInputException("incident", "Name the incident whose follow-ups to list.");
        }
        incidents.get(incidentKey);
        return issues.linkedTo(incidentKey);
    }

    /** One follow-up. Errors: 404 when it does not exist or the caller may not see its incident. */
    @GET
    @Path("/{issueKey}")
    @AnonymousSiteAccess
    public FollowUpIssue get(@PathParam("issueKey") String issueKey) {
        FollowUpIssue issue = issues.find(issueKey).filter(found -> found.incidentKey() != null)
                .orElseThrow(() -> notFound(issueKey));
        try {
            incidents.get(issue.incidentKey());
        } catch (NotFoundException invisible) {
            throw notFound(issueKey);
        }
        return issue;
    }

    /**
     * Closes ({@code {"status": "done"}}) or reopens ({@code "to-do"}) a follow-up, as a person does on Jira's issue
     * view; the action-item figures follow. Errors: 400 for another status or no body; 404 when the issue does not
     * exist or the caller may not see its incident; 403 when the caller may see but not change the incident.
     */
    @POST
    @Path("/{issueKey}/transitions")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public FollowUpIssue move(@PathParam("issueKey") String issueKey, MoveFollowUpRequest request) {
        return transitions.move(issueKey, RestInput.requireBody(request).status());
    }

    private static NotFoundException notFound(String issueKey) {
        return new NotFoundException("No follow-up " + issueKey + " exists, or you may not see it.");
    }
}
