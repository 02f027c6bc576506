package io.hindsight.actionitem;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.hindsight.incident.DeadlineClock;
import io.hindsight.incident.IncidentState;
import io.hindsight.incident.IncidentStateStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;

public class ReminderJobTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    private final InMemoryActionItemMirror mirror = new InMemoryActionItemMirror();
    private final IncidentStateStore states = mock(IncidentStateStore.class);
    private final Claims claims = new Claims();
    private final List<Reminder> sent = new ArrayList<>();
    private Instant now = NOW;
    private Duration interval = ReminderJob.DEFAULT_INTERVAL;
    private RuntimeException mailFailure;
    private final ReminderJob job = new ReminderJob(mirror, states, claims, reminder -> {
        if (mailFailure != null) {
            throw mailFailure;
        }
        sent.add(reminder);
    }, () -> interval, new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Before
    public void noPostmortemIsOverdue() {
        when(states.overdue(eq(DeadlineClock.POSTMORTEM), any(), any(), anyLong(), anyInt())).thenReturn(List.of());
    }

    private void item(String key, String owner, String due, Instant closed) {
        mirror.put(new TrackedActionItem(key, 1, "OPS-1", "OPS", owner, Instant.parse(due), "High",
                ActionItemKind.SHORT_TERM, Instant.parse("2026-10-01T00:00:00Z"), closed));
    }

    @Test
    public void eachOwnerOfOverdueItems_getsOneReminderListingThem_andNothingElseIsMentioned() {
        item("ACT-1", "u-vic", "2026-11-19T00:00:00Z", null);
        item("ACT-2", "u-vic", "2026-11-10T00:00:00Z", null);
        item("ACT-3", "u-sam", "2026-11-18T00:00:00Z", null);
        item("ACT-4", "u-sam", "2026-11-25T00:00:00Z", null);
        item("ACT-5", "u-sam", "2026-11-01T00:00:00Z", Instant.parse("2026-11-02T00:00:00Z"));

        ReminderJob.Report report = job.runOnce();

        assertEquals(new ReminderJob.Report(2, 0, 0), report);
        Reminder sam = sent.get(0);
        assertEquals("u-sam", sam.recipientKey());
        assertEquals(List.of("ACT-3 (action item of OPS-1) was due 2026-11-17"), sam.lines());
        Reminder vic = sent.get(1);
        assertEquals("2 action items of yours are overdue", vic.subject());
        assertTrue(vic.message(), vic.message().contains("ACT-1") && vic.message().contains("ACT-2"));
    }

    @Test
    public void aSecondRunInTheSameInterval_sendsNothing_theNextIntervalRemindsAgain() {
        item("ACT-1", "u-vic", "2026-11-19T00:00:00Z", null);
        job.runOnce();

        now = NOW.plus(Duration.ofHours(5));
        assertEquals(new ReminderJob.Report(0, 1, 0), job.runOnce());

        now = NOW.plus(Duration.ofDays(1));
        assertEquals(new ReminderJob.Report(1, 0, 0), job.runOnce());
        assertEquals(2, sent.size());
    }

    @Test
    public void aShorterInterval_remindsMoreOften_butNeverMoreThanHourly() {
        item("ACT-1", "u-vic", "2026-11-19T00:00:00Z", null);
        interval = Duration.ofMinutes(1);
        job.runOnce();

        now = NOW.plus(Duration.ofMinutes(30));
        job.runOnce();
        now = NOW.plus(Duration.ofHours(1));
        job.runOnce();

        assertEquals(2, sent.size());
    }

    @Test
    public void aMailThatFails_releasesItsClaim_soTheNextRunSendsIt() {
        item("ACT-1", "u-vic", "2026-11-19T00:00:00Z", null);
        mailFailure = new IllegalStateException("no address");

        assertEquals(new ReminderJob.Report(0, 0, 1), job.runOnce());
        mailFailure = null;
        assertEquals(new ReminderJob.Report(1, 0, 0), job.runOnce());
    }

    @Test
    public void commandersOfOverduePostmortems_areReminded_cancelledIncidentsAreNot() {
        IncidentState overdue = state("OPS-7", "u-commander", io.hindsight.incident.IncidentStatus.RESOLVED);
        IncidentState cancelled = state("OPS-8", "u-other", io.hindsight.incident.IncidentStatus.CANCELLED);
        when(states.overdue(eq(DeadlineClock.POSTMORTEM), eq(Instant.EPOCH), eq(NOW), eq(0L), anyInt()))
                .thenReturn(List.of(overdue, cancelled));

        job.runOnce();

        assertEquals(1, sent.size());
        assertEquals("u-commander", sent.get(0).recipientKey());
        assertTrue(sent.get(0).lines().get(0), sent.get(0).lines().get(0).startsWith("The post-mortem of OPS-7"));
    }

    @Test
    public void oldClaimsAreForgotten() {
        job.runOnce();

        assertEquals(NOW.minus(Duration.ofDays(7)), claims.forgottenBefore);
    }

    private static IncidentState state(String key, String commander, io.hindsight.incident.IncidentStatus status) {
        IncidentState state = mock(IncidentState.class);
        when(state.incident()).thenReturn(new io.hindsight.incident.IncidentRef(7, key, "OPS", "Checkout down"));
        when(state.commanderKey()).thenReturn(commander);
        when(state.status()).thenReturn(status);
        when(state.severity()).thenReturn(io.hindsight.incident.Severity.SEV_1);
        when(state.incidentId()).thenReturn(7L);
        return state;
    }

    /** Claims as a set, as the unique key of the AO table keeps them. */
    private static final class Claims implements ReminderClaims {

        final Set<String> keys = new HashSet<>();
        Instant forgottenBefore;

        @Override
        public boolean claim(String claimKey, Instant at) {
            return keys.add(claimKey);
        }

        @Override
        public void release(String claimKey) {
            keys.remove(claimKey);
        }

        @Override
        public int forgetBefore(Instant before) {
            forgottenBefore = before;
            return 0;
        }
    }
}
