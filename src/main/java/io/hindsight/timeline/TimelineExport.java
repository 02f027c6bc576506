package io.hindsight.timeline;

import io.hindsight.incident.IncidentRef;
import java.util.Objects;

/**
 * A whole timeline to write out: the incident, and its entries oldest first, fetched from the store a page at a
 * time while they are iterated (iterate it once per output; each iteration reads the store again).
 */
public record TimelineExport(IncidentRef incident, Iterable<TimelineEvent> events) {

    public TimelineExport {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(events, "events");
    }
}
