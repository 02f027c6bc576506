package io.hindsight.ingest;

import io.hindsight.incident.IncidentRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Where the signals of one delivery go: per incident, in payload order; the ones that go nowhere, and why. */
final class RoutingPlan {

    private final Map<IncidentRef, List<Signal>> byIncident = new LinkedHashMap<>();
    private final Set<String> declared = new LinkedHashSet<>();
    private final List<String> unrouted = new ArrayList<>();

    void add(IncidentRef incident, Signal signal) {
        byIncident.computeIfAbsent(incident, key -> new ArrayList<>()).add(signal);
    }

    void declared(IncidentRef incident) {
        declared.add(incident.key());
    }

    void unrouted(Signal signal, String reason) {
        unrouted.add((signal.path().isEmpty() ? "payload" : signal.path()) + ": " + reason);
    }

    Map<IncidentRef, List<Signal>> byIncident() {
        return byIncident;
    }

    Set<String> declared() {
        return declared;
    }

    List<String> unrouted() {
        return unrouted;
    }
}
