package io.hindsight.actionitem;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: the queryable copy of action-item issues that the metrics read. The host's issue listener feeds it on every
 * create, update, resolve and delete of a follow-up issue; {@link ActionItemRepair} corrects what a missed event left.
 */
public interface ActionItemMirror {

    /** Inserts or replaces the copy of one issue; the same values again change nothing. */
    void put(TrackedActionItem item);

    /** Forgets an issue that was deleted or is no longer an action item; an unknown key is ignored. */
    void remove(String issueKey);

    Optional<TrackedActionItem> find(String issueKey);

    /** The action items of one incident, in the order they were first mirrored, at most {@code limit}. */
    List<TrackedActionItem> ofIncident(long incidentId, int limit);

    /**
     * Open action items with an owner and a due instant before {@code now}, in (owner, issue key) order after
     * {@code afterCursor} (from {@link #overdueCursor}; {@code null} for the first page), at most {@code limit}.
     */
    List<TrackedActionItem> overdue(Instant now, String afterCursor, int limit);

    /** The position of an item in {@link #overdue}'s order. */
    static String overdueCursor(TrackedActionItem item) {
        return item.ownerKey() + "\n" + item.issueKey();
    }

    /** Mirrored issue keys after {@code afterKey} ({@code null} for the first page) in key order, at most {@code limit}. */
    List<String> issueKeysAfter(String afterKey, int limit);
}
