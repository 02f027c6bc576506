package io.hindsight.postmortem;

import static io.hindsight.postmortem.TimelineEvents.anEvent;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.hindsight.timeline.TimelineEvent;
import io.hindsight.timeline.TimelineEventKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class TimelineSummarizerTest {

    private static final Instant START = Instant.parse("2026-03-14T09:00:00Z");

    @Test
    public void summarize_keepsShortTimelineWholeInTimeOrder() {
        List<TimelineEvent> timeline = List.of(
                event(2, 120, TimelineEventKind.NOTE), event(1, 60, TimelineEventKind.ALERT_FIRING));

        TimelineSummary summary = new TimelineSummarizer(500).summarize(timeline, KeyInstants.none());

        assertEquals(2, summary.rows().size());
        assertFalse(summary.folded());
        assertEquals(1, ((TimelineRow.Single) summary.rows().get(0)).event().id());
    }

    @Test
    public void summarize_leavesOutHiddenEntries() {
        TimelineEvent hidden = anEvent().withId(7).at(START).hiddenBy("JIRAUSER1", "duplicate").build();

        TimelineSummary summary = new TimelineSummarizer(500).summarize(List.of(hidden), KeyInstants.none());

        assertEquals(0, summary.visibleEntries());
        assertTrue(summary.rows().isEmpty());
    }

    @Test
    public void summarize_foldsAlertBurstIntoOneRowWithCount() {
        List<TimelineEvent> timeline = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            timeline.add(event(i + 1, i * 10L, TimelineEventKind.ALERT_FIRING));
        }
        timeline.add(event(100, 5000, TimelineEventKind.DECISION));

        TimelineSummary summary = new TimelineSummarizer(20).summarize(timeline, KeyInstants.none());

        assertEquals(2, summary.rows().size());
        assertEquals(40, ((TimelineRow.Folded) summary.rows().get(0)).events().size());
        assertTrue(summary.folded());
    }

    @Test
    public void summarize_staysWithinLimitAndKeepsEveryStateChangeAndKeyInstant() {
        List<TimelineEvent> timeline = new ArrayList<>();
        long id = 1;
        for (int i = 0; i < 10_000; i++) {
            TimelineEventKind kind = i % 100 == 0 ? TimelineEventKind.STATUS_CHANGED
                    : i % 7 == 0 ? TimelineEventKind.NOTE : TimelineEventKind.ALERT_FIRING;
            timeline.add(anEvent().withId(id++).at(START.plusSeconds(i * 37L)).ofKind(kind)
                    .from(i % 3 == 0 ? "alertmanager" : "grafana").build());
        }
        TimelineEvent detected = timeline.get(4321);
        KeyInstants instants = KeyInstants.none().with(KeyMoment.DETECTED, KeyInstant.from(detected));

        TimelineSummary summary = new TimelineSummarizer(500).summarize(timeline, instants);

        assertTrue(summary.rows().size() <= 500);
        long stateChangesShown = summary.rows().stream().filter(row -> row instanceof TimelineRow.Single single
                && single.event().kind() == TimelineEventKind.STATUS_CHANGED).count();
        assertEquals(100, stateChangesShown);
        assertTrue(summary.rows().stream().anyMatch(row -> row instanceof TimelineRow.Single single
                && single.event().equals(detected) && single.moment().isPresent()));
        assertFalse(summary.stateChangesFolded());
        assertEquals(10_000, countedEntries(summary));
    }

    @Test
    public void summarize_foldsStateChangesOnlyWhenNothingElseFitsAndSaysSo() {
        List<TimelineEvent> timeline = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            timeline.add(event(i + 1, i * 60L, TimelineEventKind.SEVERITY_CHANGED));
        }
        KeyInstants instants = KeyInstants.none().with(KeyMoment.RESOLVED, KeyInstant.from(timeline.get(1999)));

        TimelineSummary summary = new TimelineSummarizer(500).summarize(timeline, instants);

        assertTrue(summary.rows().size() <= 500);
        assertTrue(summary.stateChangesFolded());
        assertTrue(summary.rows().get(summary.rows().size() - 1) instanceof TimelineRow.Single);
        assertEquals(2000, countedEntries(summary));
    }

    @Test
    public void summarize_foldsNotesBeforeDecisionsAndFailedAttempts() {
        List<TimelineEvent> timeline = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            TimelineEventKind kind = i % 10 == 0 ? TimelineEventKind.FAILED_ATTEMPT
                    : i % 10 == 5 ? TimelineEventKind.DECISION : TimelineEventKind.NOTE;
            timeline.add(event(i + 1, i * 60L, kind));
        }

        TimelineSummary summary = new TimelineSummarizer(45).summarize(timeline, KeyInstants.none());

        long decisionsAndAttemptsShown = summary.rows().stream().filter(row -> row instanceof TimelineRow.Single single
                && single.event().kind() != TimelineEventKind.NOTE).count();
        assertEquals(20, decisionsAndAttemptsShown);
        assertTrue(summary.rows().size() <= 45);
        assertTrue(summary.folded());
    }

    @Test(expected = IllegalArgumentException.class)
    public void constructor_refusesLimitWithoutRoomForKeyInstants() {
        new TimelineSummarizer(5);
    }

    private static int countedEntries(TimelineSummary summary) {
        return summary.rows().stream()
                .mapToInt(row -> row instanceof TimelineRow.Folded folded ? folded.events().size() : 1).sum();
    }

    private static TimelineEvent event(long id, long secondsAfterStart, TimelineEventKind kind) {
        return anEvent().withId(id).at(START.plusSeconds(secondsAfterStart)).ofKind(kind).from("alertmanager").build();
    }
}
