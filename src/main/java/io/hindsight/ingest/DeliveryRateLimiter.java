package io.hindsight.ingest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Holds each source to its {@link RateLimit}, on this node: the buckets live in memory, so on a cluster of N
 * nodes behind a load balancer a source may make up to N times its limit. That is enough to protect each node
 * and the database from a runaway sender, which is the point; a shared counter would cost a database write per
 * delivery.
 */
public final class DeliveryRateLimiter {

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    public DeliveryRateLimiter() {
        this(System::nanoTime);
    }

    DeliveryRateLimiter(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /**
     * Counts one delivery of {@code source}.
     *
     * @throws DeliveryRejectedException 429 with the seconds to wait, when the source is over its limit
     */
    public void acquire(IngestSource source) {
        RateLimit limit = source.settings().rateLimit();
        // A changed limit (an admin edited the source) starts a fresh bucket.
        TokenBucket bucket = buckets.compute(source.name(), (name, existing) ->
                existing != null && existing.limit().equals(limit) ? existing : new TokenBucket(limit, nanoTime));
        long wait = bucket.tryAcquire();
        if (wait > 0) {
            throw new DeliveryRejectedException(429, "rate_limited", "Source " + source.name() + " is over its limit of "
                    + limit.perSecond() + " deliveries per second (burst " + limit.burst() + ") on this node; retry in "
                    + wait + " s.", wait);
        }
    }
}
