package io.hindsight.incident;

import static io.hindsight.incident.IncidentStates.OPS_7;
import static io.hindsight.incident.IncidentStates.T0;
import static io.hindsight.incident.IncidentStates.anIncident;
import static io.hindsight.timeline.NewTimelineEvents.anEvent;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.hindsight.timeline.InMemoryTimelineStore;
import io.hindsight.timeline.NewTimelineEvent;
import io.hindsight.timeline.TimelineEvent;
import io.hindsight.timeline.TimelineEventKind;
import io.hindsight.timeline.PageCountingTimelineStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.Test;

/** Key instants derived from a real (in-memory) timeline: which entry each comes from, and how little is read. */
public class KeyInstantResolverTest {

    private static final long DECLARED_ENTRY = 1_000_000L;

    private final PageCountingTimelineStore timeline = new PageCountingTimelineStore(new InMemoryTimelineStore());
    private final KeyInstantResolver resolver = new KeyInstantResolver(timeline);
    private final IncidentState declaredAtT0 = anIncident().declaredAt(T0).declaredInEntry(DECLARED_ENTRY).build();

    @Test
    public void impactStarted_isTheEarliestAlertsOccurredAt_evenWhenItArrivedLast() {
        append(alert(minutes(-5), minutes(-4)));
        TimelineEvent earliest = append(alert(minutes(-12), minutes(30)));

        KeyInstantEntry impact = resolve(declaredAtT0, KeyInstant.IMPACT_STARTED).orElseThrow();

        assertEquals(new KeyInstantEntry(minutes(-12), earliest.id(), TimelineEventKind.ALERT_FIRING), impact);
    }

    @Test
    public void detected_isTheFirstAlertsRecordingTime_whenItCameBeforeTheDeclaration() {
        TimelineEvent alert = append(alert(minutes(-9), minutes(-8)));

        KeyInstantEntry detected = resolve(declaredAtT0, KeyInstant.DETECTED).orElseThrow();

        assertEquals(new KeyInstantEntry(minutes(-8), alert.id(), TimelineEventKind.ALERT_FIRING), detected);
    }

    @Test
    public void detected_isTheDeclaration_whenNoAlertReachedHindsightBeforeIt() {
        append(alert(minutes(-30), minutes(10)));

        KeyInstantEntry detected = resolve(declaredAtT0, KeyInstant.DETECTED).orElseThrow();

        assertEquals(new KeyInstantEntry(T0, DECLARED_ENTRY, TimelineEventKind.DECLARED), detected);
    }

    @Test
    public void detected_findsTheEarliestRecordingAmongAlertsReadInOccurrenceOrder() {
        append(alert(minutes(-20), minutes(-2)));
        TimelineEvent firstRecorded = append(alert(minutes(-18), minutes(-15)));
        append(alert(minutes(-16), minutes(-1)));

        assertEquals(firstRecorded.id(), resolve(declaredAtT0, KeyInstant.DETECTED).orElseThrow().entryId());
    }

    @Test
    public void detected_stopsReadingAlertsThatOccurredTooLateToHaveBeenRecordedEarlier() {
        for (int i = 0; i < 1_000; i++) {
            append(alert(minutes(10 + i), minutes(10 + i)));
        }
        timeline.pages.set(0);

        resolve(declaredAtT0, KeyInstant.DETECTED);

        assertTrue("pages read: " + timeline.pages.get(), timeline.pages.get() <= 4);
    }

    @Test
    public void hiddenAlerts_countForNothing() {
        TimelineEvent testAlert = append(alert(minutes(-30), minutes(-29)));
        timeline.hide(OPS_7.id(), testAlert.id(), new TimelineEvent.Hidden("u1", T0, "test alert"));

        assertEquals(Optional.empty(), resolve(declaredAtT0, KeyInstant.IMPACT_STARTED));
        assertEquals(DECLARED_ENTRY, resolve(declaredAtT0, KeyInstant.DETECTED).orElseThrow().entryId());
    }

    @Test
    public void acknowledged_isTheFirstPageAcknowledgementAfterDetection_whoeverSentIt() {
        append(alert(minutes(-10), minutes(-10)));
        TimelineEvent ack = append(anEvent().onIncident(OPS_7.id()).ofKind(TimelineEventKind.PAGE_ACKNOWLEDGED)
                .by(null).at(minutes(-7)).recordedAt(minutes(-7)).build());

        KeyInstantEntry acknowledged = resolve(declaredAtT0, KeyInstant.ACKNOWLEDGED).orElseThrow();

        assertEquals(new KeyInstantEntry(minutes(-7), ack.id(), TimelineEventKind.PAGE_ACKNOWLEDGED), acknowledged);
    }

    @Test
    public void acknowledged_isTheFirstResponseByAPerson_notByAMachineNorBeforeDetection() {
        append(alert(minutes(-10), minutes(-10)));
        append(note(minutes(-11), "u-early"));
        append(note(minutes(-9), null));
        append(anEvent().onIncident(OPS_7.id()).ofKind(TimelineEventKind.DEPLOY_FINISHED).by("u-deployer")
                .at(minutes(-8)).build());
        TimelineEvent human = append(note(minutes(-6), "u-responder"));

        assertEquals(human.id(), resolve(declaredAtT0, KeyInstant.ACKNOWLEDGED).orElseThrow().entryId());
    }

    @Test
    public void acknowledged_isFoundAtTheDetectionInstantItself() {
        TimelineEvent atDetection = append(note(T0, "u-commander"));

        assertEquals(atDetection.id(), resolve(declaredAtT0, KeyInstant.ACKNOWLEDGED).orElseThrow().entryId());
    }

    @Test
    public void acknowledgement_stopsAfterABoundedNumberOfPages_onAHugeMachineOnlyTimeline() {
        for (int i = 0; i < 10_000; i++) {
            append(note(T0.plusSeconds(i), null));
        }
        timeline.pages.set(0);

        assertEquals(Optional.empty(), resolve(declaredAtT0, KeyInstant.ACKNOWLEDGED));
        assertTrue("pages read: " + timeline.pages.get(),
                timeline.pages.get() <= KeyInstantResolver.MAX_PAGES + 2);
    }

    @Test
    public void manualInstants_winOverDerivedOnes_andAcknowledgementIsSearchedFromTheManualDetection() {
        append(alert(minutes(-10), minutes(-10)));
        append(note(minutes(-6), "u-early-responder"));
        TimelineEvent later = append(note(minutes(-2), "u-later-responder"));
        IncidentState state = anIncident().declaredAt(T0).declaredInEntry(DECLARED_ENTRY)
                .with(KeyInstant.DETECTED, minutes(-4), 55, TimelineEventKind.KEY_INSTANT).build();

        KeyInstants resolved = resolver.resolve(state);

        assertEquals(minutes(-4), resolved.get(KeyInstant.DETECTED).orElseThrow().at());
        assertTrue(resolved.get(KeyInstant.DETECTED).orElseThrow().manual());
        assertEquals(later.id(), resolved.get(KeyInstant.ACKNOWLEDGED).orElseThrow().entryId());
    }

    @Test
    public void derivedImpactStartAfterAManualDetection_isLeftUnknown() {
        append(alert(minutes(-3), minutes(-3)));
        IncidentState state = anIncident().declaredAt(T0).declaredInEntry(DECLARED_ENTRY)
                .with(KeyInstant.DETECTED, minutes(-20), 55, TimelineEventKind.KEY_INSTANT).build();

        assertFalse(resolver.resolve(state).get(KeyInstant.IMPACT_STARTED).isPresent());
    }

    @Test
    public void lifecycleInstants_areKeptAsStored() {
        IncidentState state = anIncident().declaredAt(T0).declaredInEntry(DECLARED_ENTRY)
                .resolvedAt(minutes(20), minutes(45)).build();

        KeyInstants resolved = resolver.resolve(state);

        assertEquals(state.keyInstants().get(KeyInstant.MITIGATED), resolved.get(KeyInstant.MITIGATED));
        assertEquals(state.keyInstants().get(KeyInstant.RESOLVED), resolved.get(KeyInstant.RESOLVED));
        assertTrue(resolved.orderViolation().isEmpty());
    }

    @Test
    public void derivedValuesStoredEarlier_areReplacedByWhatTheTimelineSaysNow() {
        IncidentState stale = anIncident().declaredAt(T0).declaredInEntry(DECLARED_ENTRY)
                .with(KeyInstant.IMPACT_STARTED, minutes(-1), 12, TimelineEventKind.ALERT_FIRING).build();
        TimelineEvent alert = append(alert(minutes(-7), minutes(-7)));

        assertEquals(alert.id(), resolver.resolve(stale).get(KeyInstant.IMPACT_STARTED).orElseThrow().entryId());
    }

    private Optional<KeyInstantEntry> resolve(IncidentState state, KeyInstant instant) {
        return resolver.resolve(state).get(instant);
    }

    private TimelineEvent append(NewTimelineEvent event) {
        return timeline.append(event).event();
    }

    private static NewTimelineEvent alert(Instant occurredAt, Instant recordedAt) {
        return anEvent().onIncident(OPS_7.id()).ofKind(TimelineEventKind.ALERT_FIRING).by(null).at(occurredAt)
                .recordedAt(recordedAt).build();
    }

    private static NewTimelineEvent note(Instant at, String actor) {
        return anEvent().onIncident(OPS_7.id()).ofKind(TimelineEventKind.NOTE).by(actor).at(at).recordedAt(at).build();
    }

    private static Instant minutes(int offset) {
        return T0.plus(Duration.ofMinutes(offset));
    }
}
