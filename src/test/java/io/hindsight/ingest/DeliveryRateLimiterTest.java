package io.hindsight.ingest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.Test;

/** {@link DeliveryRateLimiter}: a token bucket per source, refilled with time. */
public class DeliveryRateLimiterTest {

    private final AtomicLong nanos = new AtomicLong();
    private final DeliveryRateLimiter limiter = new DeliveryRateLimiter(nanos::get);

    @Test
    public void burst_thenRefillAtTheRate() {
        IngestSource source = source(2, 4);
        for (int i = 0; i < 4; i++) {
            limiter.acquire(source);
        }

        DeliveryRejectedException limited = assertThrows(DeliveryRejectedException.class, () -> limiter.acquire(source));
        assertEquals(429, limited.status());
        assertEquals(1, limited.retryAfterSeconds());

        nanos.addAndGet(500_000_000L);
        limiter.acquire(source);
        assertThrows(DeliveryRejectedException.class, () -> limiter.acquire(source));
    }

    @Test
    public void slowRate_asksToWaitLonger() {
        IngestSource source = source(1, 1);
        limiter.acquire(source);

        assertEquals(1, assertThrows(DeliveryRejectedException.class, () -> limiter.acquire(source)).retryAfterSeconds());
    }

    @Test
    public void changedLimit_startsAFreshBucket() {
        limiter.acquire(source(1, 1));
        assertThrows(DeliveryRejectedException.class, () -> limiter.acquire(source(1, 1)));

        limiter.acquire(source(1, 2));
    }

    private static IngestSource source(int perSecond, int burst) {
        return Sources.of(SourceType.ALERTMANAGER, new IngestSettings(null, List.of(), null,
                new RateLimit(perSecond, burst)));
    }
}
