package io.hindsight.timeline;

import io.hindsight.platform.ConflictException;

/** Key moments are a short list; past the limit a pin is refused (409) until another is removed. */
public final class TimelinePinLimitException extends ConflictException {

    public TimelinePinLimitException(String incidentKey, int limit) {
        super("too_many_pins", incidentKey + " has " + limit + " pinned entries already, the most it can have. "
                + "Unpin one first.");
    }
}
