package io.hindsight.ingest.generic;

import io.hindsight.ingest.GenericMapping;
import io.hindsight.ingest.IngestLimits;
import io.hindsight.ingest.IngestSource;
import io.hindsight.ingest.JsonPointer;
import io.hindsight.ingest.JsonTree;
import io.hindsight.ingest.PayloadAdapter;
import io.hindsight.ingest.Signal;
import io.hindsight.ingest.SignalText;
import io.hindsight.timeline.TimelineEventKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Any JSON, read through the admin's {@link GenericMapping}: JSON pointers into each item for summary, time,
 * kind, external id, incident key, details, link and labels. Values that are there but of the wrong type are
 * refused with their path; values that are missing fall back as the mapping documents.
 */
public final class GenericJsonAdapter implements PayloadAdapter {

    @Override
    public List<Signal> read(JsonTree payload, IngestSource source) {
        GenericMapping mapping = source.settings().mapping();
        List<JsonTree> items = items(payload, mapping.items());
        List<Signal> signals = new ArrayList<>(items.size());
        for (JsonTree item : items) {
            signals.add(item(item, mapping));
        }
        return signals;
    }

    private static List<JsonTree> items(JsonTree payload, JsonPointer pointer) {
        JsonTree found = pointer == null ? payload : pointer.resolve(payload);
        if (found.isArray()) {
            if (found.size() > IngestLimits.MAX_ITEMS) {
                throw IngestLimits.tooManyItems(found.size(), "items");
            }
            return found.elements();
        }
        return List.of(found.requireObject());
    }

    private static Signal item(JsonTree item, GenericMapping mapping) {
        JsonTree summary = mapping.summary().resolve(item);
        String summaryText = summary.scalarText();
        if (summaryText == null || summaryText.isBlank()) {
            throw summary.invalid("is required (the mapping's summary)");
        }
        JsonTree occurredAt = resolve(mapping.occurredAt(), item);
        String kindCode = text(mapping.kind(), item);
        TimelineEventKind kind = kindCode == null ? mapping.defaultKind()
                : TimelineEventKind.fromCode(kindCode, resolve(mapping.kind(), item).path());
        String externalId = text(mapping.externalId(), item);
        Map<String, String> labels = mapping.labels() == null ? Map.of() : mapping.labels().resolve(item).stringMap();
        return new Signal(
                item.path(),
                occurredAt.path(),
                kind,
                occurredAt.instant(),
                SignalText.summary(summaryText, "Event"),
                SignalText.details(text(mapping.details(), item)),
                SignalText.link(text(mapping.evidenceLink(), item)),
                externalId == null ? "content:" + item.contentHash() : SignalText.externalId(externalId),
                labels,
                SignalText.incidentKey(text(mapping.incidentKey(), item)));
    }

    private static JsonTree resolve(JsonPointer pointer, JsonTree item) {
        return pointer == null ? JsonTree.root(null) : pointer.resolve(item);
    }

    private static String text(JsonPointer pointer, JsonTree item) {
        return pointer == null ? null : pointer.resolve(item).scalarText();
    }
}
