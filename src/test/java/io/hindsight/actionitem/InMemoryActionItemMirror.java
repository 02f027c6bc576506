package io.hindsight.actionitem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The action-item mirror as a map in insertion order, as the AO mirror lists an incident's rows by id. */
public final class InMemoryActionItemMirror implements ActionItemMirror {

    public final Map<String, TrackedActionItem> items = new LinkedHashMap<>();

    @Override
    public void put(TrackedActionItem item) {
        items.put(item.issueKey(), item);
    }

    @Override
    public void remove(String issueKey) {
        items.remove(issueKey);
    }

    @Override
    public Optional<TrackedActionItem> find(String issueKey) {
        return Optional.ofNullable(items.get(issueKey));
    }

    @Override
    public List<TrackedActionItem> ofIncident(long incidentId, int limit) {
        return new ArrayList<>(items.values()).stream().filter(item -> item.incidentId() == incidentId)
                .limit(limit).toList();
    }

    @Override
    public List<TrackedActionItem> overdue(java.time.Instant now, String afterCursor, int limit) {
        return items.values().stream()
                .filter(item -> item.isOpen() && item.ownerKey() != null && item.dueAt() != null
                        && item.dueAt().isBefore(now))
                .sorted(java.util.Comparator.comparing(ActionItemMirror::overdueCursor))
                .filter(item -> afterCursor == null || ActionItemMirror.overdueCursor(item).compareTo(afterCursor) > 0)
                .limit(limit).toList();
    }

    @Override
    public List<String> issueKeysAfter(String afterKey, int limit) {
        return items.keySet().stream().sorted().filter(key -> afterKey == null || key.compareTo(afterKey) > 0)
                .limit(limit).toList();
    }
}
