package io.hindsight.timeline.rest;

import io.hindsight.timeline.AppendTimelineEventCommand;
import io.hindsight.timeline.TimelineEventKind;
import io.hindsight.timeline.TimelineSource;
import java.time.Instant;

/**
 * The body of a request to add an entry by hand. There is no source: entries added through this API are
 * {@code manual}; machine sources come in through their webhooks.
 *
 * @param occurredAt when it happened; absent means now
 * @param kind       a kind code such as {@code note} or {@code decision}
 */
public record AppendTimelineEventRequest(
        Instant occurredAt,
        String kind,
        String summary,
        String details,
        String evidenceLink,
        String externalId) {

    /** The validated command; a 400 naming the field when something breaks the rules. */
    public AppendTimelineEventCommand toCommand() {
        TimelineEventKind parsedKind = kind == null ? null : TimelineEventKind.fromCode(kind, "kind");
        return new AppendTimelineEventCommand(occurredAt, parsedKind, TimelineSource.MANUAL, summary, details,
                evidenceLink, externalId);
    }
}
