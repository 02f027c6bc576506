package io.hindsight.metrics;

import io.hindsight.platform.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;

/**
 * A number on the metrics page whose incidents (or action items) can be listed: each figure names exactly the rows it
 * counts, so a manager can check any figure against the incidents behind it. Sent as {@link #code()}.
 */
public enum Figure {
    /** Incidents in the period the metrics count (not excluded, not cancelled). */
    INCIDENTS,
    /** Counted incidents with both impact started and detected known. */
    MTTD,
    /** Counted incidents whose impact start is unknown (no alert, not stated): MTTD cannot be measured. */
    MTTD_UNKNOWN,
    MTTA,
    MTTA_UNKNOWN,
    /** Counted incidents that are resolved. */
    MTTR,
    /** Counted incidents not resolved yet: left out of MTTR, counted as open. */
    OPEN,
    /** Game days, maintenance and cancelled false alarms in the period: left out of every other figure. */
    EXCLUDED,
    POSTMORTEM_ON_TIME,
    POSTMORTEM_LATE,
    /** SEV-1/SEV-2 incidents whose post-mortem deadline has not started (unresolved) or not passed yet. */
    POSTMORTEM_PENDING,
    /** Counted incidents with a recorded cause that repeat an earlier incident. */
    REPEAT,
    /** Action items closed within 30 days of creation (lists action-item keys). */
    ACTION_ITEM_CLOSED_IN_TIME,
    ACTION_ITEM_LATE,
    ACTION_ITEM_PENDING;

    /** The wire form, e.g. {@code mttd-unknown}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether {@link #code()} names action-item keys rather than incident keys. */
    public boolean listsActionItems() {
        return name().startsWith("ACTION_ITEM");
    }

    public static Figure fromCode(String code, String field) {
        return Arrays.stream(values()).filter(figure -> figure.code().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "A figure is one of "
                        + Arrays.stream(values()).map(Figure::code).toList() + "."));
    }
}
