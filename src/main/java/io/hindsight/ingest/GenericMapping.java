package io.hindsight.ingest;

import io.hindsight.platform.InvalidInputException;
import io.hindsight.timeline.TimelineEventKind;
import java.util.Objects;

/**
 * How a generic JSON source's payload becomes timeline entries: JSON pointers into each item. Only
 * {@code summary} is required.
 *
 * @param items       where the items are: an array of them, or one object; {@code null} means the payload is one item
 * @param kind        a value that is a kind code (e.g. {@code deploy-finished}); {@code defaultKind} when absent
 * @param externalId  the sender's id of an item, which makes repeats idempotent; without it, an item's content is
 *                    its identity (the same item sent twice is stored once)
 * @param incidentKey the incident the item belongs to, e.g. {@code OPS-12}; otherwise the routing rules decide
 * @param labels      an object of strings that routing rules match on
 */
public record GenericMapping(
        JsonPointer items,
        JsonPointer summary,
        JsonPointer occurredAt,
        JsonPointer kind,
        TimelineEventKind defaultKind,
        JsonPointer externalId,
        JsonPointer incidentKey,
        JsonPointer details,
        JsonPointer evidenceLink,
        JsonPointer labels) {

    public GenericMapping {
        if (summary == null) {
            throw new InvalidInputException("mapping.summary", "A generic mapping needs a pointer to the summary.");
        }
        defaultKind = Objects.requireNonNullElse(defaultKind, TimelineEventKind.NOTE);
    }
}
