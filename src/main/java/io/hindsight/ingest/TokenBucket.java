package io.hindsight.ingest;

import java.util.function.LongSupplier;

/** A token bucket: {@code perSecond} tokens a second, at most {@code burst} saved up. Thread-safe. */
final class TokenBucket {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final RateLimit limit;
    private final LongSupplier nanoTime;
    private double tokens;
    private long refilledAt;

    TokenBucket(RateLimit limit, LongSupplier nanoTime) {
        this.limit = limit;
        this.nanoTime = nanoTime;
        this.tokens = limit.burst();
        this.refilledAt = nanoTime.getAsLong();
    }

    RateLimit limit() {
        return limit;
    }

    /** Takes a token; when there is none, returns the whole seconds until there will be one (at least 1). */
    synchronized long tryAcquire() {
        long now = nanoTime.getAsLong();
        tokens = Math.min(limit.burst(), tokens + (now - refilledAt) * (double) limit.perSecond() / NANOS_PER_SECOND);
        refilledAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / limit.perSecond()));
    }
}
