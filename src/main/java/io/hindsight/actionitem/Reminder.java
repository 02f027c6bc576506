package io.hindsight.actionitem;

import java.util.List;
import java.util.Objects;

/**
 * One reminder mail to one person: what of theirs is overdue, one line each.
 *
 * @param recipientKey the person's host user key
 * @param lines        e.g. "ACT-7 (incident OPS-2) was due 2026-12-04"
 */
public record Reminder(String recipientKey, String subject, List<String> lines) {

    public Reminder {
        Objects.requireNonNull(recipientKey, "recipientKey");
        Objects.requireNonNull(subject, "subject");
        lines = List.copyOf(lines);
    }

    /** The plain-text body. */
    public String message() {
        return String.join("\n", lines) + "\n\nHindsight reminds you once per reminder interval while these stay "
                + "overdue.";
    }
}
