package io.hindsight.incident;

import java.util.Locale;

/** Where a deadline stands at a given instant. Sent as {@link #code()}. */
public enum DeadlineStatus {
    /** Not met, and the due instant is further away than the clock's due-soon window. */
    ON_TRACK,
    /** Not met, and the due instant is within the due-soon window. */
    DUE_SOON,
    /** Met at or before the due instant. */
    MET,
    /** Past the due instant without being met, or met late. */
    BREACHED;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
