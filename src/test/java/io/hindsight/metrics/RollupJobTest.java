package io.hindsight.metrics;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.Test;

public class RollupJobTest {

    private static final Instant AT = Instant.parse("2026-06-01T10:15:30Z");
    private final MetricsStore store = mock(MetricsStore.class);
    private final RollupJob job = new RollupJob(store, Clock.fixed(AT, ZoneOffset.UTC));

    @Test
    public void aMinuteClaimedElsewhere_doesNothing() {
        when(store.claimRollupRun(eq("rollup:" + AT.getEpochSecond() / 60), any())).thenReturn(false);

        assertEquals(RollupJob.Outcome.CLAIMED_ELSEWHERE, job.runOnce());
        verify(store, never()).refreshRollups();
        verify(store, never()).rebuildRollups();
    }

    @Test
    public void theDaysFirstRun_rebuilds_laterRunsRefresh() {
        when(store.claimRollupRun(eq("rollup:" + AT.getEpochSecond() / 60), any())).thenReturn(true);
        when(store.claimRollupRun(eq("rebuild:" + AT.getEpochSecond() / 86_400), any())).thenReturn(true, false);

        assertEquals(RollupJob.Outcome.REBUILT, job.runOnce());
        assertEquals(RollupJob.Outcome.REFRESHED, job.runOnce());
    }
}
