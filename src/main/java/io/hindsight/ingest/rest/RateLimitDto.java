package io.hindsight.ingest.rest;

import io.hindsight.ingest.RateLimit;

/** A source's rate limit on the wire: deliveries per second on average, and the burst allowed on top. */
public record RateLimitDto(Integer perSecond, Integer burst) {

    static RateLimitDto from(RateLimit limit) {
        return new RateLimitDto(limit.perSecond(), limit.burst());
    }

    RateLimit toRateLimit() {
        return new RateLimit(perSecond == null ? RateLimit.DEFAULT.perSecond() : perSecond,
                burst == null ? RateLimit.DEFAULT.burst() : burst);
    }
}
