package io.hindsight.ingest;

import io.hindsight.platform.InvalidInputException;

/**
 * How many deliveries one source may make: {@code perSecond} on average, up to {@code burst} at once (a token
 * bucket). Enforced on each cluster node separately.
 */
public record RateLimit(int perSecond, int burst) {

    public static final RateLimit DEFAULT = new RateLimit(50, 500);
    public static final int MAX = 100_000;

    public RateLimit {
        if (perSecond < 1 || perSecond > MAX) {
            throw new InvalidInputException("rateLimit.perSecond", "perSecond is 1 to " + MAX + ".");
        }
        if (burst < 1 || burst > MAX) {
            throw new InvalidInputException("rateLimit.burst", "burst is 1 to " + MAX + ".");
        }
    }
}
