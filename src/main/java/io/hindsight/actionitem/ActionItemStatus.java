package io.hindsight.actionitem;

import java.time.Instant;
import java.util.Locale;

/** Where an action item stands for the people following it up. Sent as {@link #code()}. */
public enum ActionItemStatus {
    OPEN,
    OVERDUE,
    DONE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Done once closed; overdue when open past its due instant; open otherwise (also without a due date). */
    public static ActionItemStatus of(TrackedActionItem item, Instant now) {
        if (!item.isOpen()) {
            return DONE;
        }
        return item.dueAt() != null && item.dueAt().isBefore(now) ? OVERDUE : OPEN;
    }
}
