package io.hindsight.incident;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/**
 * Port: who handles each breach. Every node may run the deadline job; a claim, unique per breach across the cluster,
 * makes exactly one of them record and notify it.
 */
public interface BreachClaims {

    /** The keys among {@code breachKeys} that are claimed already, in one read. */
    Set<String> claimed(Collection<String> breachKeys);

    /**
     * Claims the breach. Call it inside the transaction that records and notifies the breach, so that a failure there
     * releases the claim for the next run.
     *
     * @throws BreachAlreadyClaimedException when it is claimed already, by another node or an earlier run
     */
    void claim(Breach breach, Instant claimedAt);
}
