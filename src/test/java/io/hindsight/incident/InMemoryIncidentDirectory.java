package io.hindsight.incident;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** An {@link IncidentDirectory} over a map, for tests above the host adapters. */
public final class InMemoryIncidentDirectory implements IncidentDirectory {

    private final Map<String, IncidentRef> byKey = new ConcurrentHashMap<>();

    public InMemoryIncidentDirectory with(IncidentRef incident) {
        byKey.put(incident.key(), incident);
        return this;
    }

    @Override
    public Optional<IncidentRef> findByKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }
}
