package io.hindsight.postmortem;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One thing to change after the incident: a stable id (it travels in the page as a hidden anchor), what to do,
 * one owner, a due date, a priority, a type and, once created, its Jira issue.
 * Owner, due date and Jira key may be missing; the page then asks for them.
 */
public record ActionItem(
        String id,
        String summary,
        String ownerUserKey,
        LocalDate due,
        ActionItemPriority priority,
        ActionItemType type,
        String jiraKey) {

    /** Ids become part of an anchor name, so they keep to characters that need no escaping anywhere. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public ActionItem {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("An action item id is 1 to 64 letters, digits, '_' or '-'.");
        }
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(type, "type");
    }

    public Optional<String> ownerIfAssigned() {
        return Optional.ofNullable(ownerUserKey).filter(key -> !key.isBlank());
    }

    public Optional<LocalDate> dueIfSet() {
        return Optional.ofNullable(due);
    }

    public Optional<String> jiraKeyIfCreated() {
        return Optional.ofNullable(jiraKey).filter(key -> !key.isBlank());
    }
}
