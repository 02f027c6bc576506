package io.hindsight.incident;

/**
 * Port: creates the host's record of a new incident (in Jira, an issue of type Incident with its severity and
 * commander fields; in the embedded host, a row of its own directory) and checks the right to do so.
 */
public interface IncidentCreator {

    /**
     * Creates the incident as {@code creatorKey}.
     *
     * @throws io.hindsight.platform.NotFoundException  when the project does not exist or the user may not see it
     * @throws io.hindsight.platform.ForbiddenException when the user may see the project but not create incidents in it
     */
    IncidentRef create(String creatorKey, NewIncident incident);
}
