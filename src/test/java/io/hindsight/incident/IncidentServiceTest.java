package io.hindsight.incident;

import static io.hindsight.incident.IncidentTestbed.EDITOR;
import static io.hindsight.incident.IncidentTestbed.OUTSIDER;
import static io.hindsight.incident.IncidentTestbed.START;
import static io.hindsight.incident.IncidentTestbed.VIEWER;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.hindsight.platform.ConflictException;
import io.hindsight.platform.ForbiddenException;
import io.hindsight.platform.InvalidInputException;
import io.hindsight.platform.NotFoundException;
import io.hindsight.platform.UnauthenticatedException;
import io.hindsight.timeline.TimelineEvent;
import io.hindsight.timeline.TimelineEventKind;
import io.hindsight.timeline.TimelineSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.junit.Test;

/** The incident use cases as a signed-in user calls them, on the real domain with in-memory stores. */
public class IncidentServiceTest {

    private final IncidentTestbed bed = new IncidentTestbed();

    @Test
    public void declare_createsTheHostIncidentAndRecordsTheDeclarationAsTheCurrentUser() {
        IncidentView view = bed.declare(Severity.SEV_1);

        IncidentState state = view.state();
        assertEquals("OPS", state.incident().projectKey());
        assertEquals(Severity.SEV_1, state.severity());
        assertEquals(IncidentStatus.DECLARED, state.status());
        assertEquals(START, state.declaredAt());
        assertEquals(EDITOR, state.declaredBy());
        assertEquals("the declarer commands unless someone else is named", EDITOR, state.commanderKey());
        assertEquals(new NewIncident("OPS", "Checkout returns 502", Severity.SEV_1, EDITOR), bed.creator.last());
        TimelineEvent declared = bed.timelineOf(state.incident()).get(0);
        assertEquals(TimelineEventKind.DECLARED, declared.kind());
        assertEquals(TimelineSource.HINDSIGHT, declared.source());
        assertEquals(EDITOR, declared.actorKey());
        assertEquals("Incident declared as SEV-1 (Critical)", declared.summary());
        assertEquals(declared.id(), state.declaredEntryId());
    }

    @Test
    public void declaredSev1_hasItsExecutiveNotificationDueIn15Minutes_andItsDetectionAndAcknowledgement() {
        IncidentView view = bed.declare(Severity.SEV_1);

        DeadlineView executive = view.deadlines().get(0);
        assertEquals(DeadlineClock.EXECUTIVE_NOTIFICATION, executive.deadline().clock());
        assertEquals(START.plus(Duration.ofMinutes(15)), executive.deadline().dueAt());
        assertEquals(DeadlineStatus.ON_TRACK, executive.status());
        assertEquals(START.plus(Duration.ofMinutes(10)), executive.dueSoonFrom());
        assertEquals(START, view.keyInstants().get(KeyInstant.DETECTED).orElseThrow().at());
        assertEquals(TimelineEventKind.DECLARED,
                view.keyInstants().get(KeyInstant.ACKNOWLEDGED).orElseThrow().entryKind());
        assertEquals(List.of(IncidentTransition.START_INVESTIGATION, IncidentTransition.CANCEL),
                view.availableTransitions());
    }

    @Test
    public void declare_namesAnotherCommanderAndBackdatesImpactStartedAsASetByHandEntry() {
        Instant impact = START.minus(Duration.ofMinutes(12));

        IncidentView view = bed.as(EDITOR).service.declare(new DeclareIncidentCommand("OPS", "Search slow",
                Severity.SEV_3, impact, "u-commander", false, null));

        assertEquals("u-commander", view.state().commanderKey());
        KeyInstantEntry entry = view.keyInstants().get(KeyInstant.IMPACT_STARTED).orElseThrow();
        assertEquals(impact, entry.at());
        assertTrue(entry.manual());
        TimelineEvent recorded = bed.timelineStore.find(view.state().incidentId(), entry.entryId()).orElseThrow();
        assertEquals(impact, recorded.occurredAt());
        assertEquals("the entry keeps when it was recorded", START, recorded.recordedAt());
        assertTrue(recorded.isBackdated());
    }

    @Test
    public void declare_refusesImpactStartedInTheFutureBeforeCreatingAnything() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> bed.as(EDITOR).service
                .declare(new DeclareIncidentCommand("OPS", "x", Severity.SEV_2, START.plus(Duration.ofHours(1)),
                        null, false, null)));

        assertEquals("impactStartedAt", refused.field());
        assertNull(bed.creator.last());
    }

    @Test
    public void declare_inAProjectTheUserMayOnlySee_isForbidden_andInAnUnknownOneNotFound() {
        DeclareIncidentCommand ops = new DeclareIncidentCommand("OPS", "x", Severity.SEV_2, null, null, false, null);
        DeclareIncidentCommand nope = new DeclareIncidentCommand("NOPE", "x", Severity.SEV_2, null, null, false, null);

        assertThrows(ForbiddenException.class, () -> bed.as(VIEWER).service.declare(ops));
        assertThrows(NotFoundException.class, () -> bed.as(EDITOR).service.declare(nope));
        assertThrows(UnauthenticatedException.class, () -> bed.as(null).service.declare(ops));
    }

    @Test
    public void declaringAPersonalDataBreach_startsThe72HourClockFromTheDeclaration() {
        IncidentView view = bed.as(EDITOR).service.declare(new DeclareIncidentCommand("OPS", "Customer export leaked",
                Severity.SEV_2, null, null, true, null));

        assertEquals(START, view.state().personalDataBreachAwareAt());
        assertEquals(START.plus(Duration.ofHours(72)),
                view.state().deadlines().get(DeadlineClock.PERSONAL_DATA_BREACH).orElseThrow().dueAt());
        assertTrue(bed.timelineOf(view.state().incident()).stream()
                .anyMatch(event -> event.kind() == TimelineEventKind.PERSONAL_DATA_BREACH_FLAGGED));
    }

    @Test
    public void get_isNotFoundForSomeoneWhoMayNotSeeTheIncident() {
        String key = bed.declare(Severity.SEV_2).state().incident().key();

        assertThrows(NotFoundException.class, () -> bed.as(OUTSIDER).service.get(key));
        assertEquals(key, bed.as(VIEWER).service.get(key).state().incident().key());
    }

    @Test
    public void everyChange_isForbiddenForAViewerAndNotFoundForAnOutsider() {
        String key = bed.declare(Severity.SEV_2).state().incident().key();
        List<Consumer<IncidentService>> changes = List.of(
                service -> service.transition(key, new TransitionIncidentCommand(IncidentTransition.CANCEL, "x")),
                service -> service.changeSeverity(key, new ChangeSeverityCommand(Severity.SEV_1, "x")),
                service -> service.setKeyInstant(key, new SetKeyInstantCommand(KeyInstant.DETECTED, START, "x")),
                service -> service.recordPostmortem(key, new RecordPostmortemCommand("https://w.example/p",
                        PostmortemStatus.DRAFT)),
                service -> service.meetDeadline(key, new MeetDeadlineCommand(DeadlineClock.EXECUTIVE_NOTIFICATION,
                        null, "x")),
                service -> service.flagPersonalDataBreach(key, new FlagPersonalDataBreachCommand(null, "x")));
        int entries = bed.timelineOf(bed.states.find(10_001).orElseThrow().incident()).size();

        for (Consumer<IncidentService> change : changes) {
            assertThrows(ForbiddenException.class, () -> change.accept(bed.as(VIEWER).service));
            assertThrows(NotFoundException.class, () -> change.accept(bed.as(OUTSIDER).service));
        }
        assertEquals(1, bed.states.find(10_001).orElseThrow().version());
        assertEquals(entries, bed.timelineOf(bed.states.find(10_001).orElseThrow().incident()).size());
    }

    @Test
    public void sev1_mitigateResolve_startsThePostmortemDeadline48HoursAfterResolution() {
        String key = bed.declare(Severity.SEV_1).state().incident().key();
        transition(key, IncidentTransition.START_INVESTIGATION, 1);
        IncidentView mitigated = transition(key, IncidentTransition.MITIGATE, 20);
        IncidentView resolved = transition(key, IncidentTransition.RESOLVE, 45);

        Instant resolvedAt = START.plus(Duration.ofMinutes(45));
        assertEquals(START.plus(Duration.ofMinutes(20)),
                mitigated.keyInstants().get(KeyInstant.MITIGATED).orElseThrow().at());
        assertEquals(resolvedAt, resolved.keyInstants().get(KeyInstant.RESOLVED).orElseThrow().at());
        assertEquals(TimelineEventKind.STATUS_CHANGED,
                resolved.keyInstants().get(KeyInstant.RESOLVED).orElseThrow().entryKind());
        assertEquals(resolvedAt.plus(Duration.ofHours(48)),
                resolved.state().deadlines().get(DeadlineClock.POSTMORTEM).orElseThrow().dueAt());
    }

    @Test
    public void closingASev1WithoutPublishedPostmortem_isRefusedSayingWhy_andWorksOncePublished() {
        String key = resolvedSev1();

        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> transition(key, IncidentTransition.CLOSE, 60));
        assertThat(refused.getMessage(), containsString("needs a published post-mortem"));
        assertEquals(IncidentStatus.RESOLVED, bed.service.get(key).state().status());

        bed.clock.set(START.plus(Duration.ofHours(30)));
        IncidentView published = bed.as(EDITOR).service.recordPostmortem(key,
                new RecordPostmortemCommand("https://wiki.example.com/display/PM/OPS-1", PostmortemStatus.PUBLISHED));
        IncidentView closed = transition(key, IncidentTransition.CLOSE, 31 * 60);

        assertEquals(DeadlineStatus.MET, published.deadlines().stream()
                .filter(d -> d.deadline().clock() == DeadlineClock.POSTMORTEM).findFirst().orElseThrow().status());
        assertEquals(IncidentStatus.CLOSED, closed.state().status());
        assertEquals(List.of(), closed.availableTransitions());
    }

    @Test
    public void transition_recordsWhoWhenAndWhyOnTheTimeline() {
        String key = bed.declare(Severity.SEV_2).state().incident().key();
        bed.clock.advance(Duration.ofMinutes(3));

        IncidentView view = bed.as(EDITOR).service.transition(key,
                new TransitionIncidentCommand(IncidentTransition.START_INVESTIGATION, "  Paged the checkout team "));

        TimelineEvent entry = last(view);
        assertEquals(TimelineEventKind.STATUS_CHANGED, entry.kind());
        assertEquals("Status changed from Declared to Investigating", entry.summary());
        assertEquals("Paged the checkout team", entry.details());
        assertEquals(EDITOR, entry.actorKey());
        assertEquals(START.plus(Duration.ofMinutes(3)), entry.occurredAt());
        assertEquals(2, view.state().version());
        assertEquals(view.state(), bed.mirror.changes().get(1).after());
    }

    @Test
    public void changeSeverity_recordsFromToAndWhy_andTheSameSeverityAgainChangesNothing() {
        String key = bed.declare(Severity.SEV_2).state().incident().key();
        bed.clock.advance(Duration.ofMinutes(4));

        IncidentView raised = bed.as(EDITOR).service.changeSeverity(key,
                new ChangeSeverityCommand(Severity.SEV_1, "Payments fail for 12% of checkouts"));
        IncidentView again = bed.as(EDITOR).service.changeSeverity(key,
                new ChangeSeverityCommand(Severity.SEV_1, "still bad"));

        TimelineEvent entry = last(raised);
        assertEquals("Severity changed from SEV-2 to SEV-1", entry.summary());
        assertEquals("Payments fail for 12% of checkouts", entry.details());
        assertEquals(START.plus(Duration.ofMinutes(19)),
                raised.state().deadlines().get(DeadlineClock.EXECUTIVE_NOTIFICATION).orElseThrow().dueAt());
        assertEquals(raised.state(), again.state());
        assertEquals(entry, last(again));
    }

    @Test
    public void changeSeverity_ofAClosedOrCancelledIncident_isAConflict() {
        String key = bed.declare(Severity.SEV_3).state().incident().key();
        transition(key, IncidentTransition.CANCEL, 1);

        ConflictException refused = assertThrows(ConflictException.class, () -> bed.service.changeSeverity(key,
                new ChangeSeverityCommand(Severity.SEV_1, "x")));

        assertEquals("incident_closed", refused.code());
    }

    @Test
    public void setKeyInstant_backdatesAndKeepsTheRecordingTime() {
        String key = bed.declare(Severity.SEV_2).state().incident().key();
        bed.clock.advance(Duration.ofMinutes(30));
        Instant detected = START.minus(Duration.ofMinutes(9));

        IncidentView view = bed.as(EDITOR).service.setKeyInstant(key, new SetKeyInstantCommand(KeyInstant.DETECTED,
                detected, "Grafana alert at 09:51, before anyone declared"));

        KeyInstantEntry entry = view.keyInstants().get(KeyInstant.DETECTED).orElseThrow();
        assertTrue(entry.manual());
        assertEquals(detected, entry.at());
        TimelineEvent recorded = bed.timelineStore.find(view.state().incidentId(), entry.entryId()).orElseThrow();
        assertEquals(TimelineEventKind.KEY_INSTANT, recorded.kind());
        assertEquals(detected, recorded.occurredAt());
        assertEquals(START.plus(Duration.ofMinutes(30)), recorded.recordedAt());
        assertEquals("Grafana alert at 09:51, before anyone declared", recorded.details());
    }

    @Test
    public void resolvedBeforeDetected_isRefusedAndRecordsNothing() {
        String key = resolvedSev1();
        int entries = bed.timelineOf(bed.service.get(key).state().incident()).size();

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> bed.as(EDITOR).service
                .setKeyInstant(key, new SetKeyInstantCommand(KeyInstant.RESOLVED, START.minusSeconds(1), "typo")));

        assertEquals("at", refused.field());
        assertThat(refused.getMessage(), containsString("Resolved"));
        assertThat(refused.getMessage(), containsString("cannot be before detected"));
        assertEquals(entries, bed.timelineOf(bed.service.get(key).state().incident()).size());
    }

    @Test
    public void correctingResolved_movesThePostmortemDeadline() {
        String key = resolvedSev1();
        Instant actual = START.plus(Duration.ofMinutes(40));

        IncidentView view = bed.as(EDITOR).service.setKeyInstant(key,
                new SetKeyInstantCommand(KeyInstant.RESOLVED, actual, "Error rate was at baseline at 10:40"));

        assertEquals(actual.plus(Duration.ofHours(48)),
                view.state().deadlines().get(DeadlineClock.POSTMORTEM).orElseThrow().dueAt());
    }

    @Test
    public void settingMitigatedBeforeTheIncidentIsMitigated_isAConflict() {
        String key = bed.declare(Severity.SEV_2).state().incident().key();

        ConflictException refused = assertThrows(ConflictException.class, () -> bed.as(EDITOR).service
                .setKeyInstant(key, new SetKeyInstantCommand(KeyInstant.MITIGATED, START, "x")));

        assertEquals("not_reached", refused.code());
    }

    @Test
    public void keyInstantInTheFuture_isRefused() {
        String key = bed.declare(Severity.SEV_2).state().incident().key();

        assertEquals("at", assertThrows(InvalidInputException.class, () -> bed.as(EDITOR).service.setKeyInstant(key,
                new SetKeyInstantCommand(KeyInstant.DETECTED, START.plus(Duration.ofHours(1)), "x"))).field());
    }

    @Test
    public void recordPostmortem_keepsTheFirstPublicationAcrossLaterReports_andIgnoresARepeat() {
        String key = resolvedSev1();
        bed.clock.set(START.plus(Duration.ofHours(10)));
        record(key, "https://wiki.example.com/pm/1", PostmortemStatus.PUBLISHED);
        bed.clock.set(START.plus(Duration.ofHours(20)));
        IncidentView moved = record(key, "https://wiki.example.com/pm/1-v2", PostmortemStatus.PUBLISHED);
        int entries = bed.timelineOf(moved.state().incident()).size();

        IncidentView repeat = record(key, "https://wiki.example.com/pm/1-v2", PostmortemStatus.PUBLISHED);

        assertEquals(START.plus(Duration.ofHours(10)), moved.state().postmortem().publishedAt());
        assertEquals(START.plus(Duration.ofHours(10)),
                moved.state().deadlines().get(DeadlineClock.POSTMORTEM).orElseThrow().metAt());
        assertEquals(moved.state(), repeat.state());
        assertEquals(entries, bed.timelineOf(repeat.state().incident()).size());
        TimelineEvent entry = last(moved);
        assertEquals(TimelineEventKind.POSTMORTEM_RECORDED, entry.kind());
        assertEquals("https://wiki.example.com/pm/1-v2", entry.evidenceLink());
    }

    @Test
    public void recordPostmortem_onACancelledIncident_isAConflict() {
        String key = bed.declare(Severity.SEV_1).state().incident().key();
        transition(key, IncidentTransition.CANCEL, 1);

        assertEquals("incident_cancelled", assertThrows(ConflictException.class,
                () -> record(key, "https://wiki.example.com/pm", PostmortemStatus.DRAFT)).code());
    }

    @Test
    public void closedIncident_keepsItsRequiredPostmortemPublished() {
        String key = resolvedSev1();
        record(key, "https://wiki.example.com/pm", PostmortemStatus.PUBLISHED);
        transition(key, IncidentTransition.CLOSE, 90);

        assertEquals("postmortem_published", assertThrows(ConflictException.class,
                () -> record(key, "https://wiki.example.com/pm", PostmortemStatus.DRAFT)).code());
    }

    @Test
    public void meetDeadline_recordsTheExecutiveNotification_onceOnly() {
        String key = bed.declare(Severity.SEV_1).state().incident().key();
        bed.clock.advance(Duration.ofMinutes(20));
        MeetDeadlineCommand notified = new MeetDeadlineCommand(DeadlineClock.EXECUTIVE_NOTIFICATION,
                START.plus(Duration.ofMinutes(12)), "Called the CTO; VP Eng on the bridge");

        IncidentView view = bed.as(EDITOR).service.meetDeadline(key, notified);

        DeadlineView executive = view.deadlines().get(0);
        assertEquals(DeadlineStatus.MET, executive.status());
        assertEquals(START.plus(Duration.ofMinutes(12)), executive.deadline().metAt());
        assertEquals("Executives notified", last(view).summary());
        assertEquals("already_met", assertThrows(ConflictException.class,
                () -> bed.service.meetDeadline(key, notified)).code());
    }

    @Test
    public void meetDeadline_withoutSuchADeadline_isAConflict() {
        String key = bed.declare(Severity.SEV_3).state().incident().key();

        assertEquals("no_deadline", assertThrows(ConflictException.class, () -> bed.as(EDITOR).service.meetDeadline(
                key, new MeetDeadlineCommand(DeadlineClock.EXECUTIVE_NOTIFICATION, null, "x"))).code());
    }

    @Test
    public void flagPersonalDataBreach_laterStartsTheClockFromAwareness_andOnceOnly() {
        String key = bed.declare(Severity.SEV_2).state().incident().key();
        bed.clock.advance(Duration.ofHours(5));
        Instant aware = START.plus(Duration.ofHours(4));

        IncidentView view = bed.as(EDITOR).service.flagPersonalDataBreach(key,
                new FlagPersonalDataBreachCommand(aware, "Logs show the export endpoint served other customers' data"));

        assertEquals(aware, view.state().personalDataBreachAwareAt());
        assertEquals(aware.plus(Duration.ofHours(72)),
                view.state().deadlines().get(DeadlineClock.PERSONAL_DATA_BREACH).orElseThrow().dueAt());
        assertEquals("already_flagged", assertThrows(ConflictException.class, () -> bed.service
                .flagPersonalDataBreach(key, new FlagPersonalDataBreachCommand(null, "again"))).code());
    }

    @Test
    public void deadlines_turnDueSoonAndBreachedAsTimePasses() {
        String key = bed.declare(Severity.SEV_1).state().incident().key();

        bed.clock.set(START.plus(Duration.ofMinutes(11)));
        assertEquals(DeadlineStatus.DUE_SOON, bed.service.get(key).deadlines().get(0).status());
        bed.clock.set(START.plus(Duration.ofMinutes(16)));
        assertEquals(DeadlineStatus.BREACHED, bed.service.get(key).deadlines().get(0).status());
    }

    @Test
    public void aChangeThatLosesARace_isRetriedFromAFreshRead() {
        String key = bed.declare(Severity.SEV_2).state().incident().key();
        bed.states.loseNextRaces(2);

        IncidentView view = transition(key, IncidentTransition.START_INVESTIGATION, 1);

        assertEquals(IncidentStatus.INVESTIGATING, view.state().status());
    }

    @Test
    public void aChangeThatKeepsLosingRaces_isAConflictAfterThreeAttempts() {
        String key = bed.declare(Severity.SEV_2).state().incident().key();
        bed.states.loseNextRaces(IncidentChanges.MAX_ATTEMPTS);

        ConflictException refused = assertThrows(ConflictException.class,
                () -> transition(key, IncidentTransition.START_INVESTIGATION, 1));

        assertEquals("concurrent_change", refused.code());
        assertFalse(bed.service.get(key).state().status() == IncidentStatus.INVESTIGATING);
    }

    private String resolvedSev1() {
        String key = bed.declare(Severity.SEV_1).state().incident().key();
        transition(key, IncidentTransition.START_INVESTIGATION, 1);
        transition(key, IncidentTransition.MITIGATE, 20);
        transition(key, IncidentTransition.RESOLVE, 45);
        return key;
    }

    private IncidentView transition(String key, IncidentTransition transition, int minutesAfterStart) {
        bed.clock.set(START.plus(Duration.ofMinutes(minutesAfterStart)));
        return bed.as(EDITOR).service.transition(key, new TransitionIncidentCommand(transition, "because"));
    }

    private IncidentView record(String key, String url, PostmortemStatus status) {
        return bed.as(EDITOR).service.recordPostmortem(key, new RecordPostmortemCommand(url, status));
    }

    private TimelineEvent last(IncidentView view) {
        List<TimelineEvent> events = bed.timelineOf(view.state().incident());
        return events.stream().max(Comparator.comparing(TimelineEvent::recordedAt)
                .thenComparingLong(TimelineEvent::id)).orElseThrow();
    }
}
