package io.hindsight.incident;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An {@link IncidentStateStore} in memory, with the same version rule as the real one, and a switch that makes the
 * next updates lose a race, to test retries.
 */
public final class InMemoryIncidentStateStore implements IncidentStateStore {

    private final Map<Long, IncidentState> byId = new TreeMap<>();
    private final AtomicInteger racesToLose = new AtomicInteger();

    /** The next {@code count} updates fail as if another node had stored the version first. */
    public void loseNextRaces(int count) {
        racesToLose.set(count);
    }

    @Override
    public synchronized Optional<IncidentState> find(long incidentId) {
        return Optional.ofNullable(byId.get(incidentId));
    }

    @Override
    public synchronized void insert(IncidentState state) {
        if (byId.putIfAbsent(state.incidentId(), state) != null) {
            throw new ConcurrentIncidentChangeException(state.incident().key());
        }
    }

    @Override
    public synchronized void update(IncidentState state) {
        IncidentState stored = byId.get(state.incidentId());
        if (racesToLose.getAndUpdate(n -> Math.max(0, n - 1)) > 0 || stored.version() != state.version() - 1) {
            throw new ConcurrentIncidentChangeException(state.incident().key());
        }
        byId.put(state.incidentId(), state);
    }

    @Override
    public synchronized List<IncidentState> overdue(DeadlineClock clock, Instant dueFrom, Instant dueBefore,
            long afterIncidentId, int limit) {
        return byId.values().stream()
                .filter(state -> state.incidentId() > afterIncidentId)
                .filter(state -> state.deadlines().get(clock)
                        .filter(deadline -> !deadline.isMet() && !deadline.dueAt().isBefore(dueFrom)
                                && deadline.dueAt().isBefore(dueBefore))
                        .isPresent())
                .limit(limit)
                .toList();
    }

    /** Puts a state in place as it is, for tests that start from a given state. */
    public synchronized void put(IncidentState state) {
        byId.put(state.incidentId(), state);
    }
}
