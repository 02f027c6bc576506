package io.hindsight.incident;

import static io.hindsight.incident.IncidentTestbed.ADMIN;
import static io.hindsight.incident.IncidentTestbed.EDITOR;
import static io.hindsight.incident.IncidentTestbed.START;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.hindsight.timeline.TimelineEvent;
import io.hindsight.timeline.TimelineEventKind;
import io.hindsight.timeline.TimelineSource;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

/** The deadline job on in-memory stores: what it records and whom it tells, once per breach. */
public class DeadlineJobTest {

    private final IncidentTestbed bed = new IncidentTestbed();

    @Test
    public void missedExecutiveNotification_isRecordedOnTheTimelineAndSentToTheCommander() {
        IncidentState state = bed.declare(Severity.SEV_1).state();
        bed.clock.set(START.plus(Duration.ofMinutes(16)));

        DeadlineJob.Report report = bed.deadlineJob.runOnce();

        assertEquals(new DeadlineJob.Report(1, 0, 0), report);
        BreachNotice notice = bed.notifier.sent().get(0);
        assertEquals(state.incident(), notice.incident());
        assertEquals(DeadlineClock.EXECUTIVE_NOTIFICATION, notice.deadline().clock());
        assertEquals(Set.of(EDITOR), notice.recipientKeys());
        assertEquals("OPS-1 (SEV-1): Executive notification deadline missed", notice.subject());
        TimelineEvent breach = lastEntry(state);
        assertEquals(TimelineEventKind.DEADLINE_BREACHED, breach.kind());
        assertEquals(TimelineSource.HINDSIGHT, breach.source());
        assertEquals(null, breach.actorKey());
        assertEquals("it happened when the deadline passed", START.plus(Duration.ofMinutes(15)), breach.occurredAt());
        assertEquals(START.plus(Duration.ofMinutes(16)), breach.recordedAt());
    }

    @Test
    public void aBreach_isNotifiedOnceHoweverOftenTheJobRuns() {
        bed.declare(Severity.SEV_1);
        bed.clock.set(START.plus(Duration.ofMinutes(16)));

        bed.deadlineJob.runOnce();
        bed.clock.advance(Duration.ofMinutes(1));
        DeadlineJob.Report rerun = bed.deadlineJob.runOnce();

        assertEquals(new DeadlineJob.Report(0, 1, 0), rerun);
        assertEquals(1, bed.notifier.sent().size());
    }

    @Test
    public void deadlinesNotYetDueOrMet_areLeftAlone() {
        String key = bed.declare(Severity.SEV_1).state().incident().key();
        bed.declare(Severity.SEV_2);
        bed.clock.set(START.plus(Duration.ofMinutes(14)));
        assertEquals(new DeadlineJob.Report(0, 0, 0), bed.deadlineJob.runOnce());

        bed.as(EDITOR).service.meetDeadline(key, new MeetDeadlineCommand(DeadlineClock.EXECUTIVE_NOTIFICATION, null,
                "CTO informed"));
        bed.clock.set(START.plus(Duration.ofHours(1)));

        assertEquals(new DeadlineJob.Report(0, 0, 0), bed.deadlineJob.runOnce());
        assertEquals(List.of(), bed.notifier.sent());
    }

    @Test
    public void aFailedNotification_isCountedAndDoesNotStopTheOthers() {
        bed.declare(Severity.SEV_1);
        bed.declare(Severity.SEV_1);
        bed.clock.set(START.plus(Duration.ofMinutes(16)));
        bed.notifier.failing(true);

        DeadlineJob.Report report = bed.deadlineJob.runOnce();

        assertEquals("both tried, both failed, none stops the other", new DeadlineJob.Report(0, 0, 2), report);
    }

    @Test
    public void aClaimReleasedByAFailure_isHandledByTheNextRun() {
        bed.declare(Severity.SEV_1);
        bed.clock.set(START.plus(Duration.ofMinutes(16)));
        bed.notifier.failing(true);
        bed.deadlineJob.runOnce();
        // A real transaction rolls the claim back with the failure; the in-memory claims need telling.
        bed.claims.all().forEach(bed.claims::release);
        bed.notifier.failing(false);

        DeadlineJob.Report retry = bed.deadlineJob.runOnce();

        assertEquals(new DeadlineJob.Report(1, 0, 0), retry);
    }

    @Test
    public void postmortemAndPersonalDataBreachClocks_areWatchedToo_andThePolicyAddsRecipients() {
        Map<DeadlineClock, ClockSettings> clocks = new EnumMap<>(ResponsePolicy.defaults().clocks());
        clocks.put(DeadlineClock.PERSONAL_DATA_BREACH, new ClockSettings(Duration.ofHours(24), List.of("u-dpo")));
        ResponsePolicy policy = new ResponsePolicy(ResponsePolicy.defaults().levels(),
                ResponsePolicy.defaults().calendar(), clocks);
        bed.as(ADMIN).policies.update(policy, 0);
        String key = bed.as(EDITOR).service.declare(new DeclareIncidentCommand("OPS", "Export leaked", Severity.SEV_2,
                null, null, true, null)).state().incident().key();
        bed.service.transition(key, new TransitionIncidentCommand(IncidentTransition.START_INVESTIGATION, "x"));
        bed.service.transition(key, new TransitionIncidentCommand(IncidentTransition.RESOLVE, "x"));
        bed.clock.set(START.plus(Duration.ofDays(10)));

        DeadlineJob.Report report = bed.deadlineJob.runOnce();

        assertEquals(new DeadlineJob.Report(2, 0, 0), report);
        Map<DeadlineClock, Set<String>> recipients = new EnumMap<>(DeadlineClock.class);
        bed.notifier.sent().forEach(n -> recipients.put(n.deadline().clock(), n.recipientKeys()));
        assertEquals(Set.of(EDITOR), recipients.get(DeadlineClock.POSTMORTEM));
        assertEquals(Set.of(EDITOR, "u-dpo"), recipients.get(DeadlineClock.PERSONAL_DATA_BREACH));
    }

    @Test
    public void breachesOlderThanTheLookback_areLeftAlone() {
        bed.declare(Severity.SEV_1);
        bed.clock.set(START.plus(Duration.ofMinutes(15)).plus(DeadlineJob.LOOKBACK).plusMillis(1));

        assertEquals(new DeadlineJob.Report(0, 0, 0), bed.deadlineJob.runOnce());
    }

    @Test
    public void aDeadlineThatMovesAndIsMissedAgain_isANewBreach() {
        String key = bed.declare(Severity.SEV_1).state().incident().key();
        bed.service.transition(key, new TransitionIncidentCommand(IncidentTransition.START_INVESTIGATION, "x"));
        bed.service.transition(key, new TransitionIncidentCommand(IncidentTransition.RESOLVE, "x"));
        bed.service.meetDeadline(key, new MeetDeadlineCommand(DeadlineClock.EXECUTIVE_NOTIFICATION, null, "x"));
        bed.clock.set(START.plus(Duration.ofHours(49)));
        bed.deadlineJob.runOnce();
        bed.service.transition(key, new TransitionIncidentCommand(IncidentTransition.REOPEN, "it came back"));
        bed.service.transition(key, new TransitionIncidentCommand(IncidentTransition.RESOLVE, "fixed for real"));
        bed.clock.advance(Duration.ofHours(49));

        bed.deadlineJob.runOnce();

        assertEquals(2, bed.notifier.sent().size());
        assertTrue(bed.notifier.sent().get(1).deadline().dueAt().isAfter(bed.notifier.sent().get(0).deadline().dueAt()));
    }

    private TimelineEvent lastEntry(IncidentState state) {
        List<TimelineEvent> events = bed.timelineOf(state.incident());
        return events.stream().filter(e -> e.kind() == TimelineEventKind.DEADLINE_BREACHED).findFirst().orElseThrow();
    }
}
