package io.hindsight.incident.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import io.hindsight.incident.ResponsePolicyService;
import io.hindsight.platform.rest.RestInput;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The site's severity policy, for administrators: what each level requires, the business calendar, and the deadline
 * clocks' settings. The host refuses non-administrators (401 anonymous, 403 signed in).
 */
@Path("/admin/severity-policy")
@Produces(MediaType.APPLICATION_JSON)
public class SeverityPolicyResource {

    private final ResponsePolicyService policies;

    @Inject
    public SeverityPolicyResource(ResponsePolicyService policies) {
        this.policies = policies;
    }

    /** The policy in force, with its revision (0 for the built-in default). */
    @GET
    @AdminOnly
    public SeverityPolicyDto get() {
        return SeverityPolicyDto.from(policies.current());
    }

    /**
     * Replaces the policy, based on the revision the body names; answers the saved revision. Deadlines already running
     * keep their due instants. Errors: 400 when the policy breaks a rule (a negative duration, a required post-mortem
     * without a deadline, a week without business days; the field is named); 409 when someone saved another revision
     * since; 413 when the body is too large.
     */
    @PUT
    @AdminOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public SeverityPolicyDto update(SeverityPolicyDto request) {
        SeverityPolicyDto body = RestInput.requireBody(request);
        return SeverityPolicyDto.from(policies.update(body.toPolicy(), body.revision()));
    }
}
