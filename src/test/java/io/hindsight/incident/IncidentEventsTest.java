package io.hindsight.incident;

import static io.hindsight.incident.IncidentStates.OPS_7;
import static io.hindsight.incident.IncidentTestbed.START;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import io.hindsight.timeline.TimelineEvent;
import io.hindsight.timeline.TimelineEventKind;
import io.hindsight.timeline.TimelineSource;
import java.time.Duration;
import java.time.Instant;
import org.junit.Test;

/** What the one recorder writes for each kind of change: kind, source, actor, instants, words. */
public class IncidentEventsTest {

    private final IncidentTestbed bed = new IncidentTestbed();

    @Test
    public void everyEntry_comesFromHindsightWithTheActorAndIsRecordedNow() {
        bed.clock.set(START.plus(Duration.ofMinutes(5)));

        TimelineEvent entry = bed.events.severityChanged(OPS_7, "u1", START.plus(Duration.ofMinutes(5)),
                Severity.SEV_3, Severity.SEV_2, "More customers affected");

        assertEquals(TimelineEventKind.SEVERITY_CHANGED, entry.kind());
        assertEquals(TimelineSource.HINDSIGHT, entry.source());
        assertEquals("u1", entry.actorKey());
        assertEquals("Severity changed from SEV-3 to SEV-2", entry.summary());
        assertEquals("More customers affected", entry.details());
        assertEquals(START.plus(Duration.ofMinutes(5)), entry.recordedAt());
    }

    @Test
    public void keyInstantAndAwareness_occurAtTheGivenInstant() {
        Instant earlier = START.minus(Duration.ofHours(2));

        TimelineEvent keyInstant = bed.events.keyInstantSet(OPS_7, "u1", KeyInstant.IMPACT_STARTED, earlier, "graphs");
        TimelineEvent flagged = bed.events.personalDataBreachFlagged(OPS_7, "u1", earlier, "export leaked");

        assertEquals(earlier, keyInstant.occurredAt());
        assertEquals("Impact started (set by hand)", keyInstant.summary());
        assertEquals(earlier, flagged.occurredAt());
        assertEquals(TimelineEventKind.PERSONAL_DATA_BREACH_FLAGGED, flagged.kind());
        assertEquals("Flagged as a personal-data breach; notify the supervisory authority by 2026-06-04T08:00:00Z",
                flagged.summary());
    }

    @Test
    public void aBreach_hasNoActorOccursAtTheDueInstant_andIsStoredOncePerBreachKey() {
        Deadline deadline = new Deadline(DeadlineClock.POSTMORTEM, START, START.plus(Duration.ofHours(48)), null);
        bed.clock.set(START.plus(Duration.ofHours(49)));

        TimelineEvent first = bed.events.deadlineBreached(OPS_7, deadline, "breach:x");
        TimelineEvent again = bed.events.deadlineBreached(OPS_7, deadline, "breach:x");

        assertNull(first.actorKey());
        assertEquals(deadline.dueAt(), first.occurredAt());
        assertEquals("Post-mortem deadline missed (due 2026-06-03T10:00:00Z)", first.summary());
        assertEquals(first, again);
        assertEquals(1, bed.timelineOf(OPS_7).size());
    }

    @Test
    public void postmortemReports_carryTheLinkAsEvidence_andDeadlinesMetSayWhatWasDone() {
        PostmortemRecord record = PostmortemRecord.next(null, "https://wiki.example.com/pm/7",
                PostmortemStatus.IN_REVIEW, "u1", START);

        TimelineEvent postmortem = bed.events.postmortemRecorded(OPS_7, "u1", START, record);
        TimelineEvent authority = bed.events.deadlineMet(OPS_7, "u-dpo", DeadlineClock.PERSONAL_DATA_BREACH, START,
                "Filed with the supervisory authority, reference 2026-114");

        assertEquals("Post-mortem recorded as in-review", postmortem.summary());
        assertEquals("https://wiki.example.com/pm/7", postmortem.evidenceLink());
        assertEquals("Supervisory authority notified of the personal-data breach", authority.summary());
        assertEquals(TimelineEventKind.DEADLINE_MET, authority.kind());
    }
}
