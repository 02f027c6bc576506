package io.hindsight.timeline;

import java.time.Instant;

/** Test data: a valid {@link NewTimelineEvent} to adjust, e.g. {@code anEvent().onIncident(7).withExternalId("a")}. */
public final class NewTimelineEvents {

    public static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private long incidentId = 10_001L;
    private Instant occurredAt = T0;
    private Instant recordedAt = T0.plusSeconds(5);
    private TimelineEventKind kind = TimelineEventKind.NOTE;
    private TimelineSource source = TimelineSource.MANUAL;
    private String actorKey = "JIRAUSER10000";
    private String summary = "Restarted the checkout pods";
    private String details;
    private String evidenceLink;
    private String externalId;

    private NewTimelineEvents() {
    }

    public static NewTimelineEvents anEvent() {
        return new NewTimelineEvents();
    }

    public NewTimelineEvents onIncident(long id) {
        this.incidentId = id;
        return this;
    }

    public NewTimelineEvents at(Instant instant) {
        this.occurredAt = instant;
        return this;
    }

    public NewTimelineEvents recordedAt(Instant instant) {
        this.recordedAt = instant;
        return this;
    }

    public NewTimelineEvents ofKind(TimelineEventKind value) {
        this.kind = value;
        return this;
    }

    public NewTimelineEvents from(TimelineSource value) {
        this.source = value;
        return this;
    }

    public NewTimelineEvents by(String userKey) {
        this.actorKey = userKey;
        return this;
    }

    public NewTimelineEvents withSummary(String value) {
        this.summary = value;
        return this;
    }

    public NewTimelineEvents withDetails(String value) {
        this.details = value;
        return this;
    }

    public NewTimelineEvents withEvidenceLink(String value) {
        this.evidenceLink = value;
        return this;
    }

    public NewTimelineEvents withExternalId(String value) {
        this.externalId = value;
        return this;
    }

    public NewTimelineEvent build() {
        return new NewTimelineEvent(incidentId, occurredAt, recordedAt, kind, source, actorKey, summary, details,
                evidenceLink, externalId);
    }
}
