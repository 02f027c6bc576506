package io.hindsight.ingest.rest;

import io.hindsight.ingest.GenericMapping;
import io.hindsight.ingest.JsonPointer;
import io.hindsight.timeline.TimelineEventKind;

/**
 * A generic source's mapping on the wire: JSON pointers (RFC 6901) into each item, and the kind to use when an item
 * names none. Only {@code summary} is required.
 */
public record GenericMappingDto(String items, String summary, String occurredAt, String kind, String defaultKind,
        String externalId, String incidentKey, String details, String evidenceLink, String labels) {

    static GenericMappingDto from(GenericMapping mapping) {
        if (mapping == null) {
            return null;
        }
        return new GenericMappingDto(text(mapping.items()), text(mapping.summary()), text(mapping.occurredAt()),
                text(mapping.kind()), mapping.defaultKind().code(), text(mapping.externalId()),
                text(mapping.incidentKey()), text(mapping.details()), text(mapping.evidenceLink()),
                text(mapping.labels()));
    }

    GenericMapping toMapping() {
        return new GenericMapping(pointer(items, "items"), pointer(summary, "summary"),
                pointer(occurredAt, "occurredAt"), pointer(kind, "kind"),
                defaultKind == null ? null : TimelineEventKind.fromCode(defaultKind, "mapping.defaultKind"),
                pointer(externalId, "externalId"), pointer(incidentKey, "incidentKey"), pointer(details, "details"),
                pointer(evidenceLink, "evidenceLink"), pointer(labels, "labels"));
    }

    private static JsonPointer pointer(String text, String field) {
        return text == null ? null : JsonPointer.parse(text, "mapping." + field);
    }

    private static String text(JsonPointer pointer) {
        return pointer == null ? null : pointer.toString();
    }
}
