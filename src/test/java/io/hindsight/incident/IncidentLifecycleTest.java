package io.hindsight.incident;

import static io.hindsight.incident.IncidentStates.T0;
import static io.hindsight.incident.IncidentStates.anIncident;
import static io.hindsight.incident.IncidentStatus.CANCELLED;
import static io.hindsight.incident.IncidentStatus.CLOSED;
import static io.hindsight.incident.IncidentStatus.DECLARED;
import static io.hindsight.incident.IncidentStatus.INVESTIGATING;
import static io.hindsight.incident.IncidentStatus.MITIGATED;
import static io.hindsight.incident.IncidentStatus.POSTMORTEM_IN_REVIEW;
import static io.hindsight.incident.IncidentStatus.RESOLVED;
import static io.hindsight.incident.IncidentTransition.CANCEL;
import static io.hindsight.incident.IncidentTransition.CLOSE;
import static io.hindsight.incident.IncidentTransition.MITIGATE;
import static io.hindsight.incident.IncidentTransition.REOPEN;
import static io.hindsight.incident.IncidentTransition.RESOLVE;
import static io.hindsight.incident.IncidentTransition.START_INVESTIGATION;
import static io.hindsight.incident.IncidentTransition.SUBMIT_POSTMORTEM;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.hindsight.timeline.TimelineEventKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

/** The lifecycle table and its conditions, for every (status, transition) pair and every severity. */
public class IncidentLifecycleTest {

    private static final ResponsePolicy POLICY = ResponsePolicy.defaults();
    private static final Instant MITIGATED_AT = T0.plus(Duration.ofMinutes(20));
    private static final Instant RESOLVED_AT = T0.plus(Duration.ofMinutes(45));

    /** Written out by hand from the lifecycle in PRODUCT.md, not derived from the enum under test. */
    private static final Map<IncidentStatus, Set<IncidentTransition>> ALLOWED = Map.of(
            DECLARED, EnumSet.of(START_INVESTIGATION, CANCEL),
            INVESTIGATING, EnumSet.of(MITIGATE, RESOLVE, CANCEL),
            MITIGATED, EnumSet.of(RESOLVE, REOPEN),
            RESOLVED, EnumSet.of(REOPEN, SUBMIT_POSTMORTEM, CLOSE),
            POSTMORTEM_IN_REVIEW, EnumSet.of(CLOSE),
            CLOSED, EnumSet.noneOf(IncidentTransition.class),
            CANCELLED, EnumSet.noneOf(IncidentTransition.class));

    @Test
    public void everyStatusAndTransitionPair_isAllowedExactlyAsTheLifecycleSays() {
        List<String> wrong = new ArrayList<>();
        for (IncidentStatus status : IncidentStatus.values()) {
            for (IncidentTransition transition : IncidentTransition.values()) {
                boolean expected = ALLOWED.get(status).contains(transition);
                // A published post-mortem lifts the close condition, so only the table decides here.
                IncidentState state = anIncident().in(status).withPostmortem(PostmortemStatus.PUBLISHED, T0).build();
                boolean allowed = IncidentLifecycle.refusal(state, transition, POLICY).isEmpty();
                if (allowed != expected) {
                    wrong.add(status + " --" + transition + "--> expected " + (expected ? "allowed" : "refused"));
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    public void everyRefusedPair_throwsIllegalTransitionNamingTheCurrentStatusAndWhatIsAllowed() {
        for (IncidentStatus status : IncidentStatus.values()) {
            for (IncidentTransition transition : EnumSet.complementOf(EnumSet.copyOf(withNone(ALLOWED.get(status))))) {
                IncidentState state = anIncident().in(status).withPostmortem(PostmortemStatus.PUBLISHED, T0).build();

                IllegalTransitionException refused = assertThrows(status + " " + transition,
                        IllegalTransitionException.class, () -> IncidentLifecycle.check(state, transition, POLICY));

                assertEquals("illegal_transition", refused.code());
                assertEquals(status, refused.current());
                assertEquals(transition, refused.requested());
                assertEquals(List.copyOf(ALLOWED.get(status)), refused.allowed());
                assertThat(refused.getMessage(), containsString("Current status: " + status.label()));
            }
        }
    }

    @Test
    public void close_isHeldBackForEverySeverityWhosePolicyRequiresAPostmortem_untilOneIsPublished() {
        for (Severity severity : Severity.values()) {
            boolean required = POLICY.of(severity).requiresPostmortem();
            for (PostmortemStatus postmortem : new PostmortemStatus[] {null, PostmortemStatus.DRAFT,
                    PostmortemStatus.IN_REVIEW, PostmortemStatus.PUBLISHED}) {
                IncidentStates builder = anIncident().withSeverity(severity).in(RESOLVED);
                IncidentState state = (postmortem == null ? builder : builder.withPostmortem(postmortem, T0)).build();

                boolean closable = IncidentLifecycle.refusal(state, CLOSE, POLICY).isEmpty();

                assertEquals(severity + " with post-mortem " + postmortem,
                        !required || postmortem == PostmortemStatus.PUBLISHED, closable);
            }
        }
    }

    @Test
    public void close_withoutPublishedPostmortem_saysWhyAndOffersTheOtherTransitions() {
        IncidentState state = anIncident().withSeverity(Severity.SEV_1).in(RESOLVED).build();

        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> IncidentLifecycle.check(state, CLOSE, POLICY));

        assertThat(refused.getMessage(), containsString("SEV-1 incident needs a published post-mortem"));
        assertThat(refused.getMessage(), containsString("Current status: Resolved"));
        assertThat(refused.getMessage(), containsString("Allowed now: reopen."));
        assertEquals(List.of(REOPEN), refused.allowed());
    }

    @Test
    public void close_followsAnEditedPolicy_notTheSeverityAlone() {
        Map<Severity, SeverityPolicy> levels = new EnumMap<>(POLICY.levels());
        levels.put(Severity.SEV_1, new SeverityPolicy(null, PostmortemRequirement.OPTIONAL, null));
        ResponsePolicy relaxed = new ResponsePolicy(levels, POLICY.calendar(), POLICY.clocks());

        IncidentState state = anIncident().withSeverity(Severity.SEV_1).in(RESOLVED).build();

        assertTrue(IncidentLifecycle.refusal(state, CLOSE, relaxed).isEmpty());
    }

    @Test
    public void submitPostmortem_needsARecordedPostmortemOfAnyStatus() {
        IncidentState without = anIncident().withSeverity(Severity.SEV_4).in(RESOLVED).build();
        IncidentState draft = anIncident().withSeverity(Severity.SEV_4).in(RESOLVED)
                .withPostmortem(PostmortemStatus.DRAFT, T0).build();

        assertThat(IncidentLifecycle.refusal(without, SUBMIT_POSTMORTEM, POLICY).orElseThrow(),
                containsString("no post-mortem to review"));
        assertEquals(Optional.empty(), IncidentLifecycle.refusal(draft, SUBMIT_POSTMORTEM, POLICY));
    }

    @Test
    public void available_listsTheAllowedTransitionsInTableOrder() {
        IncidentState state = anIncident().withSeverity(Severity.SEV_3).in(RESOLVED).build();

        assertEquals(List.of(REOPEN, CLOSE), IncidentLifecycle.available(state, POLICY));
    }

    @Test
    public void mitigate_setsMitigatedFromTheStatusEntry() {
        IncidentState next = IncidentLifecycle.apply(anIncident().build(), MITIGATE, statusEntry(MITIGATED_AT), POLICY);

        assertEquals(MITIGATED, next.status());
        assertEquals(statusEntry(MITIGATED_AT), next.keyInstants().get(KeyInstant.MITIGATED).orElseThrow());
        assertTrue(next.keyInstants().get(KeyInstant.RESOLVED).isEmpty());
    }

    @Test
    public void resolve_afterMitigation_keepsMitigatedAndStartsThePostmortemDeadline() {
        IncidentState mitigated = anIncident().withSeverity(Severity.SEV_1).in(MITIGATED)
                .with(KeyInstant.MITIGATED, MITIGATED_AT, 5, TimelineEventKind.STATUS_CHANGED).build();

        IncidentState next = IncidentLifecycle.apply(mitigated, RESOLVE, statusEntry(RESOLVED_AT), POLICY);

        assertEquals(MITIGATED_AT, next.keyInstants().get(KeyInstant.MITIGATED).orElseThrow().at());
        assertEquals(RESOLVED_AT, next.keyInstants().get(KeyInstant.RESOLVED).orElseThrow().at());
        Deadline postmortem = next.deadlines().get(DeadlineClock.POSTMORTEM).orElseThrow();
        assertEquals(RESOLVED_AT, postmortem.startedAt());
        assertEquals(RESOLVED_AT.plus(Duration.ofHours(48)), postmortem.dueAt());
    }

    @Test
    public void resolve_straightFromInvestigating_setsMitigatedToTheResolution() {
        IncidentState next = IncidentLifecycle.apply(anIncident().withSeverity(Severity.SEV_3).build(), RESOLVE,
                statusEntry(RESOLVED_AT), POLICY);

        assertEquals(RESOLVED_AT, next.keyInstants().get(KeyInstant.MITIGATED).orElseThrow().at());
        assertTrue("SEV-3 has no post-mortem deadline", next.deadlines().get(DeadlineClock.POSTMORTEM).isEmpty());
    }

    @Test
    public void reopen_clearsMitigatedResolvedAndThePostmortemDeadline() {
        IncidentState resolved = IncidentLifecycle.apply(anIncident().withSeverity(Severity.SEV_2).build(), RESOLVE,
                statusEntry(RESOLVED_AT), POLICY);

        IncidentState reopened = IncidentLifecycle.apply(resolved, REOPEN, statusEntry(RESOLVED_AT.plusSeconds(600)),
                POLICY);

        assertEquals(INVESTIGATING, reopened.status());
        assertTrue(reopened.keyInstants().get(KeyInstant.MITIGATED).isEmpty());
        assertTrue(reopened.keyInstants().get(KeyInstant.RESOLVED).isEmpty());
        assertTrue(reopened.deadlines().get(DeadlineClock.POSTMORTEM).isEmpty());
    }

    @Test
    public void cancel_stopsEveryUnmetDeadlineAndKeepsTheMetOnes() {
        IncidentState state = anIncident().withSeverity(Severity.SEV_1)
                .withDeadline(DeadlineClock.EXECUTIVE_NOTIFICATION, T0, Duration.ofMinutes(15), T0.plusSeconds(60))
                .withDeadline(DeadlineClock.PERSONAL_DATA_BREACH, T0, Duration.ofHours(72), null)
                .personalDataBreachSince(T0).build();

        IncidentState cancelled = IncidentLifecycle.apply(state, CANCEL, statusEntry(T0.plusSeconds(120)), POLICY);

        assertEquals(CANCELLED, cancelled.status());
        assertTrue(cancelled.deadlines().get(DeadlineClock.EXECUTIVE_NOTIFICATION).orElseThrow().isMet());
        assertFalse(cancelled.deadlines().get(DeadlineClock.PERSONAL_DATA_BREACH).isPresent());
    }

    @Test
    public void statusOnlyTransitions_changeNothingButTheStatus() {
        IncidentState declared = anIncident().in(DECLARED).build();
        IncidentState resolved = anIncident().in(RESOLVED).withPostmortem(PostmortemStatus.PUBLISHED, T0).build();

        assertEquals(declared.withStatus(INVESTIGATING),
                IncidentLifecycle.apply(declared, START_INVESTIGATION, statusEntry(T0), POLICY));
        assertEquals(resolved.withStatus(POSTMORTEM_IN_REVIEW),
                IncidentLifecycle.apply(resolved, SUBMIT_POSTMORTEM, statusEntry(T0), POLICY));
        assertEquals(resolved.withStatus(CLOSED), IncidentLifecycle.apply(resolved, CLOSE, statusEntry(T0), POLICY));
    }

    private static KeyInstantEntry statusEntry(Instant at) {
        return new KeyInstantEntry(at, 77, TimelineEventKind.STATUS_CHANGED);
    }

    private static Set<IncidentTransition> withNone(Set<IncidentTransition> transitions) {
        return transitions.isEmpty() ? EnumSet.noneOf(IncidentTransition.class) : transitions;
    }
}
