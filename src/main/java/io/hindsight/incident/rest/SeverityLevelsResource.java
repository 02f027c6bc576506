package io.hindsight.incident.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.hindsight.incident.ResponsePolicyService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each severity level requires under the site's policy, for everyone who may declare an incident: the
 * declare dialog shows it beside each level. Read-only; the whole policy, calendar included, stays with
 * {@link SeverityPolicyResource} for administrators.
 */
@Path("/severity-levels")
@Produces(MediaType.APPLICATION_JSON)
public class SeverityLevelsResource {

    private final ResponsePolicyService policies;

    @Inject
    public SeverityLevelsResource(ResponsePolicyService policies) {
        this.policies = policies;
    }

    /** Each level by code ({@code SEV-1} to {@code SEV-4}), with its label and requirements. Errors: 401 anonymous. */
    @GET
    @LicensedOnly
    public Map<String, SeverityLevelDto> levels() {
        Map<String, SeverityLevelDto> levels = new LinkedHashMap<>();
        policies.current().policy().levels().forEach((severity, level) -> levels.put(severity.code(),
                new SeverityLevelDto(severity.label(), SeverityPolicyDto.LevelDto.from(level))));
        return levels;
    }

    /**
     * One level as a declarer sees it.
     *
     * @param requires the level's requirements, in the shape the policy resource uses (ISO-8601 durations)
     */
    public record SeverityLevelDto(String label, SeverityPolicyDto.LevelDto requires) {
    }
}
