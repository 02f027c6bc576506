package io.hindsight.confluence;

import java.util.Optional;

/**
 * Port: an incident as the current user may see it, from wherever incidents live; empty when it does not exist or
 * the user may not see it. Throws {@link JiraAuthorisationRequired} or {@link JiraUnavailable} when it cannot say.
 */
public interface IncidentSource {

    Optional<IncidentSummary> find(String incidentKey);
}
