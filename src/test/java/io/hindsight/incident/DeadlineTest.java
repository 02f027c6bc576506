package io.hindsight.incident;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.Test;

/** Where a deadline stands at an instant: on track, due soon, met, or breached. */
public class DeadlineTest {

    private static final Instant START = Instant.parse("2026-06-01T10:00:00Z");
    private static final Instant DUE = START.plus(Duration.ofHours(48));
    private static final Duration WINDOW = Duration.ofHours(24);
    private static final Deadline RUNNING = new Deadline(DeadlineClock.POSTMORTEM, START, DUE, null);

    @Test
    public void beforeTheWindow_isOnTrack() {
        assertEquals(DeadlineStatus.ON_TRACK, RUNNING.statusAt(DUE.minus(WINDOW).minusMillis(1), WINDOW));
    }

    @Test
    public void insideTheWindow_upToTheDueInstant_isDueSoon() {
        assertEquals(DeadlineStatus.DUE_SOON, RUNNING.statusAt(DUE.minus(WINDOW), WINDOW));
        assertEquals(DeadlineStatus.DUE_SOON, RUNNING.statusAt(DUE, WINDOW));
    }

    @Test
    public void afterTheDueInstantUnmet_isBreached() {
        assertEquals(DeadlineStatus.BREACHED, RUNNING.statusAt(DUE.plusMillis(1), WINDOW));
        assertTrue(RUNNING.isBreachedAt(DUE.plusMillis(1)));
        assertFalse(RUNNING.isBreachedAt(DUE));
    }

    @Test
    public void metOnTime_staysMetForever() {
        Deadline met = RUNNING.metAt(DUE);

        assertEquals(DeadlineStatus.MET, met.statusAt(DUE.plus(Duration.ofDays(30)), WINDOW));
    }

    @Test
    public void metLate_isBreachedAndKeepsWhenItWasMet() {
        Deadline late = RUNNING.metAt(DUE.plusSeconds(1));

        assertEquals(DeadlineStatus.BREACHED, late.statusAt(DUE.plus(Duration.ofDays(1)), WINDOW));
        assertEquals(DUE.plusSeconds(1), late.metAt());
    }

    @Test
    public void zeroWindow_isDueSoonOnlyAtTheDueInstant() {
        assertEquals(DeadlineStatus.ON_TRACK, RUNNING.statusAt(DUE.minusMillis(1), Duration.ZERO));
        assertEquals(DeadlineStatus.DUE_SOON, RUNNING.statusAt(DUE, Duration.ZERO));
    }

    @Test
    public void dueBeforeItStarts_isAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> new Deadline(DeadlineClock.POSTMORTEM, DUE, START, null));
    }
}
