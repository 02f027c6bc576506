package io.hindsight.timeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link TimelinePins} in memory over an {@link InMemoryTimelineStore}, for tests of the layers above storage. */
public final class InMemoryTimelinePins implements TimelinePins {

    private final InMemoryTimelineStore store;
    private final Map<Long, TimelinePin> byEventId = new LinkedHashMap<>();

    public InMemoryTimelinePins(InMemoryTimelineStore store) {
        this.store = store;
    }

    @Override
    public synchronized TimelinePin pin(TimelinePin pin) {
        return byEventId.computeIfAbsent(pin.eventId(), id -> pin);
    }

    @Override
    public synchronized boolean unpin(long incidentId, long eventId) {
        TimelinePin pin = byEventId.get(eventId);
        return pin != null && pin.incidentId() == incidentId && byEventId.remove(eventId) != null;
    }

    @Override
    public synchronized List<PinnedEntry> of(long incidentId, int limit) {
        List<PinnedEntry> entries = new ArrayList<>();
        for (TimelinePin pin : byEventId.values()) {
            if (pin.incidentId() == incidentId && entries.size() < limit) {
                store.find(incidentId, pin.eventId()).ifPresent(event -> entries.add(new PinnedEntry(event, pin)));
            }
        }
        return entries;
    }

    @Override
    public synchronized int count(long incidentId) {
        return (int) byEventId.values().stream().filter(pin -> pin.incidentId() == incidentId).count();
    }

    public synchronized void clear() {
        byEventId.clear();
    }
}
