package io.hindsight.postmortem;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An action item as found on a page a person may have edited. Every field but the summary may be missing;
 * {@code ownerText} keeps an owner typed as text (resolved to {@code ownerUserKey} when it names a known person).
 */
public record PageActionItem(
        String itemId,
        String summary,
        String ownerUserKey,
        String ownerText,
        LocalDate due,
        boolean complete,
        ActionItemPriority priority,
        ActionItemType type,
        String jiraKey) {

    public PageActionItem {
        Objects.requireNonNull(summary, "summary");
    }

    /** The id carried by the item's hidden anchor, when the anchor survived editing. */
    public Optional<String> itemIdIfMarked() {
        return Optional.ofNullable(itemId);
    }

    public Optional<String> ownerUserKeyIfKnown() {
        return Optional.ofNullable(ownerUserKey);
    }

    public Optional<String> ownerTextIfTyped() {
        return Optional.ofNullable(ownerText);
    }

    public Optional<LocalDate> dueIfSet() {
        return Optional.ofNullable(due);
    }

    public Optional<ActionItemPriority> priorityIfSet() {
        return Optional.ofNullable(priority);
    }

    public Optional<ActionItemType> typeIfSet() {
        return Optional.ofNullable(type);
    }

    public Optional<String> jiraKeyIfLinked() {
        return Optional.ofNullable(jiraKey);
    }
}
