package io.hindsight.ingest;

import java.time.Instant;
import java.util.List;

/** Test data: configured sources of each type. */
public final class Sources {

    public static final Instant CREATED = Instant.parse("2026-11-01T09:00:00Z");

    private Sources() {
    }

    public static IngestSource of(SourceType type) {
        return of(type, IngestSettings.defaults());
    }

    public static IngestSource of(SourceType type, IngestSettings settings) {
        return new IngestSource(1, type.code() + "-test", type, settings, CREATED, "admin");
    }

    public static IngestSettings rules(RoutingRule... rules) {
        return new IngestSettings(null, List.of(rules), null, null);
    }
}
