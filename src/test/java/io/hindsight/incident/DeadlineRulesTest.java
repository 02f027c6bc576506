package io.hindsight.incident;

import static io.hindsight.incident.IncidentStates.T0;
import static io.hindsight.incident.IncidentStates.anIncident;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.hindsight.timeline.TimelineEventKind;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.junit.Test;

/** When each deadline starts, when it is due, and what changes or stops it. */
public class DeadlineRulesTest {

    private static final ResponsePolicy POLICY = ResponsePolicy.defaults();
    private static final Instant LATER = T0.plus(Duration.ofMinutes(30));

    @Test
    public void declaration_startsTheExecutiveNotificationClockOnlyForLevelsThatHaveOne() {
        for (Severity severity : Severity.values()) {
            IncidentState state = DeadlineRules.atDeclaration(anIncident().withSeverity(severity).build(), POLICY);

            assertEquals(severity.toString(), severity == Severity.SEV_1,
                    state.deadlines().get(DeadlineClock.EXECUTIVE_NOTIFICATION).isPresent());
        }
        Deadline sev1 = DeadlineRules.atDeclaration(anIncident().withSeverity(Severity.SEV_1).build(), POLICY)
                .deadlines().get(DeadlineClock.EXECUTIVE_NOTIFICATION).orElseThrow();
        assertEquals(T0.plus(Duration.ofMinutes(15)), sev1.dueAt());
    }

    @Test
    public void declarationOfAPersonalDataBreach_startsThe72HourClockFromAwareness() {
        IncidentState state = DeadlineRules.atDeclaration(anIncident().withSeverity(Severity.SEV_4)
                .personalDataBreachSince(T0).build(), POLICY);

        Deadline gdpr = state.deadlines().get(DeadlineClock.PERSONAL_DATA_BREACH).orElseThrow();
        assertEquals(T0, gdpr.startedAt());
        assertEquals(T0.plus(Duration.ofHours(72)), gdpr.dueAt());
    }

    @Test
    public void escalationToSev1_startsTheExecutiveClockAtTheEscalation() {
        IncidentState escalated = anIncident().withSeverity(Severity.SEV_2).build()
                .withSeverity(Severity.SEV_1, LATER);

        Deadline clock = DeadlineRules.afterSeverityChange(escalated, POLICY, LATER)
                .deadlines().get(DeadlineClock.EXECUTIVE_NOTIFICATION).orElseThrow();

        assertEquals(LATER, clock.startedAt());
        assertEquals(LATER.plus(Duration.ofMinutes(15)), clock.dueAt());
    }

    @Test
    public void deescalationBeforeTheDeadline_stopsTheExecutiveClock() {
        IncidentState sev1 = DeadlineRules.atDeclaration(anIncident().withSeverity(Severity.SEV_1).build(), POLICY);
        Instant fiveMinutesIn = T0.plus(Duration.ofMinutes(5));

        IncidentState lowered = DeadlineRules.afterSeverityChange(sev1.withSeverity(Severity.SEV_3, fiveMinutesIn),
                POLICY, fiveMinutesIn);

        assertTrue(lowered.deadlines().get(DeadlineClock.EXECUTIVE_NOTIFICATION).isEmpty());
    }

    @Test
    public void deescalationAfterABreachOrAMeeting_keepsTheExecutiveClockAsRecord() {
        IncidentState breached = DeadlineRules.atDeclaration(anIncident().withSeverity(Severity.SEV_1).build(), POLICY);
        IncidentState met = breached.withDeadlines(breached.deadlines().with(
                breached.deadlines().get(DeadlineClock.EXECUTIVE_NOTIFICATION).orElseThrow().metAt(T0.plusSeconds(60))));

        assertTrue(DeadlineRules.afterSeverityChange(breached.withSeverity(Severity.SEV_3, LATER), POLICY, LATER)
                .deadlines().get(DeadlineClock.EXECUTIVE_NOTIFICATION).isPresent());
        assertTrue(DeadlineRules.afterSeverityChange(met.withSeverity(Severity.SEV_3, T0.plusSeconds(120)), POLICY,
                T0.plusSeconds(120)).deadlines().get(DeadlineClock.EXECUTIVE_NOTIFICATION).orElseThrow().isMet());
    }

    @Test
    public void escalationToALevelWithAShorterClock_bringsTheDueInstantForwardButNeverBack() {
        Map<Severity, SeverityPolicy> levels = new EnumMap<>(POLICY.levels());
        levels.put(Severity.SEV_2, new SeverityPolicy(Duration.ofHours(2), PostmortemRequirement.REQUIRED,
                new PostmortemDue.BusinessDays(5)));
        ResponsePolicy policy = new ResponsePolicy(levels, POLICY.calendar(), POLICY.clocks());
        IncidentState sev2 = DeadlineRules.atDeclaration(anIncident().withSeverity(Severity.SEV_2).build(), policy);

        IncidentState sev1 = DeadlineRules.afterSeverityChange(sev2.withSeverity(Severity.SEV_1, LATER), policy, LATER);
        IncidentState backToSev2 = DeadlineRules.afterSeverityChange(
                sev1.withSeverity(Severity.SEV_2, LATER.plusSeconds(60)), policy, LATER.plusSeconds(60));

        assertEquals(LATER.plus(Duration.ofMinutes(15)),
                sev1.deadlines().get(DeadlineClock.EXECUTIVE_NOTIFICATION).orElseThrow().dueAt());
        assertEquals(LATER.plus(Duration.ofMinutes(15)),
                backToSev2.deadlines().get(DeadlineClock.EXECUTIVE_NOTIFICATION).orElseThrow().dueAt());
    }

    @Test
    public void severityChangeAfterResolution_recomputesThePostmortemDeadlineFromTheResolution() {
        Instant resolved = Instant.parse("2026-06-05T17:00:00Z");
        IncidentState sev2 = DeadlineRules.afterResolutionChange(anIncident().withSeverity(Severity.SEV_2)
                .resolvedAt(resolved, resolved).build(), POLICY);

        IncidentState sev1 = DeadlineRules.afterSeverityChange(sev2.withSeverity(Severity.SEV_1, LATER), POLICY, LATER);
        IncidentState sev3 = DeadlineRules.afterSeverityChange(sev2.withSeverity(Severity.SEV_3, LATER), POLICY, LATER);

        assertEquals(Instant.parse("2026-06-12T17:00:00Z"),
                sev2.deadlines().get(DeadlineClock.POSTMORTEM).orElseThrow().dueAt());
        assertEquals(resolved.plus(Duration.ofHours(48)),
                sev1.deadlines().get(DeadlineClock.POSTMORTEM).orElseThrow().dueAt());
        assertTrue(sev3.deadlines().get(DeadlineClock.POSTMORTEM).isEmpty());
    }

    @Test
    public void postmortemDeadline_ofEveryLevel_followsItsPolicyFromTheResolvedInstant() {
        Instant resolved = Instant.parse("2026-06-05T17:00:00Z");
        Map<Severity, Instant> expected = new EnumMap<>(Severity.class);
        expected.put(Severity.SEV_1, Instant.parse("2026-06-07T17:00:00Z"));
        expected.put(Severity.SEV_2, Instant.parse("2026-06-12T17:00:00Z"));

        for (Severity severity : Severity.values()) {
            IncidentState state = DeadlineRules.afterResolutionChange(anIncident().withSeverity(severity)
                    .resolvedAt(resolved, resolved).build(), POLICY);

            assertEquals(severity.toString(), expected.get(severity),
                    state.deadlines().get(DeadlineClock.POSTMORTEM).map(Deadline::dueAt).orElse(null));
        }
    }

    @Test
    public void publishedPostmortem_meetsThePostmortemDeadlineAtItsFirstPublication() {
        Instant resolved = T0.plus(Duration.ofHours(1));
        Instant published = resolved.plus(Duration.ofHours(20));
        IncidentState state = DeadlineRules.afterResolutionChange(anIncident().withSeverity(Severity.SEV_1)
                .resolvedAt(resolved, resolved).build(), POLICY);

        IncidentState draft = DeadlineRules.afterPostmortemRecorded(state.withPostmortem(
                PostmortemRecord.next(null, "https://wiki.example.com/pm", PostmortemStatus.DRAFT, "u1", resolved)));
        IncidentState publishedState = DeadlineRules.afterPostmortemRecorded(draft.withPostmortem(
                PostmortemRecord.next(draft.postmortem(), "https://wiki.example.com/pm", PostmortemStatus.PUBLISHED,
                        "u1", published)));

        assertEquals(null, draft.deadlines().get(DeadlineClock.POSTMORTEM).orElseThrow().metAt());
        assertEquals(published, publishedState.deadlines().get(DeadlineClock.POSTMORTEM).orElseThrow().metAt());
    }

    @Test
    public void resolvedKeyInstantSetByHand_movesThePostmortemDeadline() {
        Instant clicked = Instant.parse("2026-06-05T17:00:00Z");
        Instant actual = Instant.parse("2026-06-05T15:30:00Z");
        IncidentState state = anIncident().withSeverity(Severity.SEV_1).resolvedAt(clicked, clicked).build();

        IncidentState corrected = DeadlineRules.afterResolutionChange(state.withKeyInstants(state.keyInstants()
                .with(KeyInstant.RESOLVED, new KeyInstantEntry(actual, 99, TimelineEventKind.KEY_INSTANT))), POLICY);

        assertEquals(actual.plus(Duration.ofHours(48)),
                corrected.deadlines().get(DeadlineClock.POSTMORTEM).orElseThrow().dueAt());
    }
}
