package io.hindsight.actionitem;

/**
 * Port: re-reads the host's action-item issues and corrects the {@link ActionItemMirror} where it drifted (an event
 * missed during a restart, an issue moved or deleted in bulk). Hosts run it once per cluster, nightly, and on demand
 * from the admin page; it pages through issues and never loads all of them at once.
 */
public interface ActionItemRepair {

    /** What one run found: issues compared, copies corrected or added, copies removed. */
    record Report(int compared, int corrected, int removed) {
    }

    Report repair();
}
