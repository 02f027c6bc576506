package io.hindsight.postmortem;

import io.hindsight.timeline.TimelineEvent;
import io.hindsight.timeline.TimelineEventKind;
import io.hindsight.timeline.TimelineSource;
import java.time.Instant;

/** Test data: timeline entries with sensible defaults. */
public final class TimelineEvents {

    private long id = 1;
    private long incidentId = 4821;
    private Instant occurredAt = Instant.parse("2026-03-14T09:00:00Z");
    private Instant recordedAt;
    private TimelineEventKind kind = TimelineEventKind.NOTE;
    private TimelineSource source = TimelineSource.MANUAL;
    private String actorKey;
    private String summary = "Something happened";
    private String details;
    private String evidenceLink;
    private TimelineEvent.Hidden hidden;

    private TimelineEvents() {
    }

    public static TimelineEvents anEvent() {
        return new TimelineEvents();
    }

    public TimelineEvents withId(long value) {
        this.id = value;
        return this;
    }

    public TimelineEvents at(String isoInstant) {
        return at(Instant.parse(isoInstant));
    }

    public TimelineEvents at(Instant value) {
        this.occurredAt = value;
        return this;
    }

    public TimelineEvents recordedAt(String isoInstant) {
        this.recordedAt = Instant.parse(isoInstant);
        return this;
    }

    public TimelineEvents ofKind(TimelineEventKind value) {
        this.kind = value;
        return this;
    }

    public TimelineEvents from(String sourceCode) {
        this.source = new TimelineSource(sourceCode);
        return this;
    }

    public TimelineEvents by(String userKey) {
        this.actorKey = userKey;
        return this;
    }

    public TimelineEvents saying(String value) {
        this.summary = value;
        return this;
    }

    public TimelineEvents withDetails(String value) {
        this.details = value;
        return this;
    }

    public TimelineEvents withEvidence(String url) {
        this.evidenceLink = url;
        return this;
    }

    public TimelineEvents hiddenBy(String userKey, String reason) {
        this.hidden = new TimelineEvent.Hidden(userKey, occurredAt.plusSeconds(3600), reason);
        return this;
    }

    public TimelineEvent build() {
        return new TimelineEvent(id, incidentId, occurredAt, recordedAt == null ? occurredAt : recordedAt, kind,
                source, actorKey, summary, details, evidenceLink, "ext-" + id, hidden);
    }
}
