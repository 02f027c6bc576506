package io.hindsight.timeline.ao;

import io.hindsight.timeline.NewTimelineEvent;
import io.hindsight.timeline.TimelineEvent;
import io.hindsight.timeline.TimelineEventKind;
import io.hindsight.timeline.TimelineSource;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Converts between the timeline's domain records and the column values of its entities. */
final class TimelineRows {

    private TimelineRows() {
    }

    static Map<String, Object> eventColumns(NewTimelineEvent event, String dedupKey) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(TimelineEventAo.INCIDENT_ID, event.incidentId());
        columns.put(TimelineEventAo.OCCURRED_AT, event.occurredAt().toEpochMilli());
        columns.put(TimelineEventAo.RECORDED_AT, event.recordedAt().toEpochMilli());
        columns.put(TimelineEventAo.KIND, event.kind().code());
        columns.put(TimelineEventAo.SOURCE, event.source().code());
        columns.put(TimelineEventAo.ACTOR_KEY, event.actorKey());
        columns.put(TimelineEventAo.SUMMARY, event.summary());
        columns.put(TimelineEventAo.DETAILS, event.details());
        columns.put(TimelineEventAo.EVIDENCE_LINK, event.evidenceLink());
        columns.put(TimelineEventAo.EXTERNAL_ID, event.externalId());
        columns.put(TimelineEventAo.DEDUP_KEY, dedupKey);
        return columns;
    }

    static Map<String, Object> hideColumns(int eventId, long incidentId, TimelineEvent.Hidden hidden) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(TimelineHideAo.EVENT_ID, eventId);
        columns.put(TimelineHideAo.INCIDENT_ID, incidentId);
        columns.put(TimelineHideAo.HIDDEN_BY, hidden.byUserKey());
        columns.put(TimelineHideAo.HIDDEN_AT, hidden.at().toEpochMilli());
        columns.put(TimelineHideAo.REASON, hidden.reason());
        return columns;
    }

    /** The entry just stored, built from what was written rather than read back (which would cost a query). */
    static TimelineEvent created(int id, NewTimelineEvent event) {
        return new TimelineEvent(id, event.incidentId(), event.occurredAt(), event.recordedAt(), event.kind(),
                event.source(), event.actorKey(), event.summary(), event.details(), event.evidenceLink(),
                event.externalId(), null);
    }

    static TimelineEvent event(TimelineEventAo row, TimelineEvent.Hidden hidden) {
        return new TimelineEvent(row.getID(), row.getIncidentId(), Instant.ofEpochMilli(row.getOccurredAt()),
                Instant.ofEpochMilli(row.getRecordedAt()), TimelineEventKind.fromCode(row.getKind(), "kind"),
                new TimelineSource(row.getSource()), row.getActorKey(), row.getSummary(), row.getDetails(),
                row.getEvidenceLink(), row.getExternalId(), hidden);
    }

    static TimelineEvent.Hidden hidden(TimelineHideAo row) {
        return new TimelineEvent.Hidden(row.getHiddenBy(), Instant.ofEpochMilli(row.getHiddenAt()), row.getReason());
    }
}
