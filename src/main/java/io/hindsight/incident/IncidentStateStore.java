package io.hindsight.incident;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: durable storage of incident states, safe when several cluster nodes write the same incident. */
public interface IncidentStateStore {

    Optional<IncidentState> find(long incidentId);

    /**
     * Stores the first state of an incident.
     *
     * @throws ConcurrentIncidentChangeException when the incident has a state already (another node stored it first)
     */
    void insert(IncidentState state);

    /**
     * Replaces version {@code state.version() - 1} of the incident's state with {@code state}. Call it inside the
     * transaction that also records the change, so that a refused update rolls both back.
     *
     * @throws ConcurrentIncidentChangeException when another writer stored that version first
     */
    void update(IncidentState state);

    /**
     * States whose {@code clock} deadline is unmet and due at or after {@code dueFrom} and before {@code dueBefore},
     * in incident-id order after {@code afterIncidentId}, at most {@code limit}: one page of the deadline job's work.
     */
    List<IncidentState> overdue(DeadlineClock clock, Instant dueFrom, Instant dueBefore, long afterIncidentId,
            int limit);
}
