package io.hindsight.metrics;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Keeps the daily rollups current: every minute one node of the cluster claims the minute's run and refreshes what
 * changed since the last run; the first run of each UTC day rebuilds everything instead, which repairs what the
 * incremental refresh cannot see (a change whose transaction committed after a later one was already read).
 *
 * <p>Not final only so that each host can declare it as a product-filtered component by subclassing.
 */
public class RollupJob {

    private final MetricsStore store;
    private final Clock clock;

    public RollupJob(MetricsStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** What one call did. */
    public enum Outcome { REFRESHED, REBUILT, CLAIMED_ELSEWHERE }

    public Outcome runOnce() {
        Instant now = clock.instant();
        long minute = now.truncatedTo(ChronoUnit.MINUTES).getEpochSecond() / 60;
        if (!store.claimRollupRun("rollup:" + minute, now)) {
            return Outcome.CLAIMED_ELSEWHERE;
        }
        long day = now.truncatedTo(ChronoUnit.DAYS).getEpochSecond() / 86_400;
        if (store.claimRollupRun("rebuild:" + day, now)) {
            store.rebuildRollups();
            return Outcome.REBUILT;
        }
        store.refreshRollups();
        return Outcome.REFRESHED;
    }
}
