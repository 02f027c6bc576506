package io.hindsight.ingest;

import io.hindsight.incident.IncidentRef;
import java.time.Instant;
import java.util.Optional;

/**
 * Port: one claim row per (group, generation) with a unique key, so that of any number of concurrent deliveries
 * on any number of nodes exactly one declares a group's incident.
 */
public interface IncidentClaims {

    /** The newest generation's claim of the group, if any was ever made. */
    Optional<IncidentClaim> latest(IncidentGroup group);

    /** Claims {@code generation} of the group; {@code false} when another delivery claimed it first. */
    boolean tryClaim(IncidentGroup group, int generation, Instant now);

    /** Records the incident the winner of {@code generation} declared. */
    void settle(IncidentGroup group, int generation, IncidentRef incident);

    /** Marks {@code generation} as failed, so that the next delivery may claim the next one at once. */
    void abandon(IncidentGroup group, int generation);
}
