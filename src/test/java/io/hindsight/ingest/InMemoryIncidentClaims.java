package io.hindsight.ingest;

import io.hindsight.incident.IncidentRef;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link IncidentClaims} in memory: one lock stands in for the unique claim key. */
public final class InMemoryIncidentClaims implements IncidentClaims {

    private final Map<String, IncidentClaim> claims = new HashMap<>();
    private final Map<String, Integer> latest = new HashMap<>();

    @Override
    public synchronized Optional<IncidentClaim> latest(IncidentGroup group) {
        Integer generation = latest.get(group.hash());
        return generation == null ? Optional.empty() : Optional.of(claims.get(key(group, generation)));
    }

    @Override
    public synchronized boolean tryClaim(IncidentGroup group, int generation, Instant now) {
        if (claims.containsKey(key(group, generation))) {
            return false;
        }
        claims.put(key(group, generation), new IncidentClaim(generation, now, null, false));
        latest.merge(group.hash(), generation, Math::max);
        return true;
    }

    @Override
    public synchronized void settle(IncidentGroup group, int generation, IncidentRef incident) {
        IncidentClaim claim = claims.get(key(group, generation));
        claims.put(key(group, generation), new IncidentClaim(generation, claim.claimedAt(), incident.key(), false));
    }

    @Override
    public synchronized void abandon(IncidentGroup group, int generation) {
        IncidentClaim claim = claims.get(key(group, generation));
        claims.put(key(group, generation), new IncidentClaim(generation, claim.claimedAt(), null, true));
    }

    private static String key(IncidentGroup group, int generation) {
        return group.hash() + ":" + generation;
    }
}
