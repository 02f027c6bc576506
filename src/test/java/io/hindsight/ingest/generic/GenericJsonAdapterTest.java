package io.hindsight.ingest.generic;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.hindsight.ingest.GenericMapping;
import io.hindsight.ingest.IngestSettings;
import io.hindsight.ingest.IngestSource;
import io.hindsight.ingest.JsonPointer;
import io.hindsight.ingest.Payloads;
import io.hindsight.ingest.Signal;
import io.hindsight.ingest.SourceType;
import io.hindsight.ingest.Sources;
import io.hindsight.platform.InvalidInputException;
import io.hindsight.timeline.TimelineEventKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

/** {@link GenericJsonAdapter}: JSON pointers of an admin's mapping into arbitrary payloads. */
public class GenericJsonAdapterTest {

    private static final String STATUS_PAGE = """
            {"page": {"id": "sp-1"},
             "incident_updates": [
               {"id": "u-1", "body": "Investigating checkout errors", "created": "2026-11-20T14:05:00Z",
                "kind": "status-page-update", "url": "https://status.example.com/incidents/1",
                "meta": {"incident": "ops-12", "tags": {"component": "checkout"}}},
               {"id": 2, "body": "Monitoring a fix", "created": 1795187400, "meta": {}}
             ]}""";

    private final GenericJsonAdapter adapter = new GenericJsonAdapter();

    @Test
    public void items_areMappedByPointerWithKindTimeLinkIncidentAndLabels() {
        List<Signal> signals = read(mapping("/incident_updates", "/body", "/created", "/kind", "/id", "/meta/incident",
                "/meta/tags"), STATUS_PAGE);

        assertEquals(2, signals.size());
        Signal first = signals.get(0);
        assertEquals("Investigating checkout errors", first.summary());
        assertEquals(TimelineEventKind.STATUS_PAGE_UPDATE, first.kind());
        assertEquals(Instant.parse("2026-11-20T14:05:00Z"), first.occurredAt());
        assertEquals("u-1", first.externalId());
        assertEquals("OPS-12", first.incidentKey());
        assertEquals(Map.of("component", "checkout"), first.labels());
        assertEquals("https://status.example.com/incidents/1", first.evidenceLink());
        Signal second = signals.get(1);
        assertEquals("a missing kind falls back to the default", TimelineEventKind.NOTE, second.kind());
        assertEquals("whole epoch seconds", Instant.ofEpochSecond(1_795_187_400L), second.occurredAt());
        assertEquals("a number as id", "2", second.externalId());
        assertNull(second.incidentKey());
    }

    @Test
    public void itemWithoutId_isIdentifiedByItsContent() {
        GenericMapping noIds = mapping(null, "/title", null, null, null, null, null);

        Signal a = read(noIds, "{\"title\": \"Cache flushed\", \"n\": 1}").get(0);
        Signal same = read(noIds, "{\"title\": \"Cache flushed\", \"n\": 1}").get(0);
        Signal other = read(noIds, "{\"title\": \"Cache flushed\", \"n\": 2}").get(0);

        assertEquals(a.externalId(), same.externalId());
        assertNotEquals(a.externalId(), other.externalId());
        assertTrue(a.externalId().startsWith("content:"));
    }

    @Test
    public void missingSummaryUnknownKindOrWrongType_isRefusedWithItsPath() {
        GenericMapping mapping = mapping("/incident_updates", "/body", "/created", "/kind", "/id", null, null);

        assertEquals("incident_updates[0].body", field(mapping, "{\"incident_updates\": [{\"id\": 1}]}"));
        assertEquals("incident_updates[0].kind", field(mapping,
                "{\"incident_updates\": [{\"body\": \"x\", \"kind\": \"party\"}]}"));
        assertEquals("incident_updates[0].created", field(mapping,
                "{\"incident_updates\": [{\"body\": \"x\", \"created\": \"last tuesday\"}]}"));
        assertEquals("incident_updates[0].id", field(mapping,
                "{\"incident_updates\": [{\"body\": \"x\", \"id\": {\"a\": 1}}]}"));
    }

    @Test
    public void pointer_readsEscapedNamesAndArrayIndexes() {
        GenericMapping mapping = new GenericMapping(null, JsonPointer.parse("/a~1b/0/m~0n", "summary"), null, null,
                null, null, null, null, null, null);

        assertEquals("found", read(mapping, "{\"a/b\": [{\"m~n\": \"found\"}]}").get(0).summary());
    }

    private List<Signal> read(GenericMapping mapping, String json) {
        IngestSource source = Sources.of(SourceType.GENERIC, new IngestSettings(Set.of(), List.of(), mapping, null));
        return adapter.read(Payloads.tree(json), source);
    }

    private String field(GenericMapping mapping, String json) {
        return assertThrows(InvalidInputException.class, () -> read(mapping, json)).field();
    }

    private static GenericMapping mapping(String items, String summary, String occurredAt, String kind,
            String externalId, String incidentKey, String labels) {
        return new GenericMapping(pointer(items), pointer(summary), pointer(occurredAt), pointer(kind), null,
                pointer(externalId), pointer(incidentKey), null, pointer(summary == null ? null : "/url"), pointer(labels));
    }

    private static JsonPointer pointer(String text) {
        return text == null ? null : JsonPointer.parse(text, "mapping");
    }
}
