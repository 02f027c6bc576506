package io.hindsight.incident;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** {@link BreachClaims} in memory. Without transactions a claim is not released by a later failure; tests say so. */
public final class InMemoryBreachClaims implements BreachClaims {

    private final Map<String, Instant> claims = new ConcurrentHashMap<>();

    @Override
    public Set<String> claimed(Collection<String> breachKeys) {
        return breachKeys.stream().filter(claims::containsKey).collect(Collectors.toSet());
    }

    @Override
    public void claim(Breach breach, Instant claimedAt) {
        if (claims.putIfAbsent(breach.key(), claimedAt) != null) {
            throw new BreachAlreadyClaimedException(breach);
        }
    }

    public void release(String breachKey) {
        claims.remove(breachKey);
    }

    public Set<String> all() {
        return Set.copyOf(claims.keySet());
    }
}
