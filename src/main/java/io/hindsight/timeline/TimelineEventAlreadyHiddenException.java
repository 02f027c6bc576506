package io.hindsight.timeline;

import io.hindsight.platform.ConflictException;

/** An entry can be hidden once; the first hide's who, when and why stand (409). */
public final class TimelineEventAlreadyHiddenException extends ConflictException {

    public TimelineEventAlreadyHiddenException(long eventId) {
        super("already_hidden", "Timeline entry " + eventId + " is already hidden.");
    }
}
