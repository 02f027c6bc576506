package io.hindsight.incident;

import io.hindsight.platform.InvalidInputException;
import io.hindsight.timeline.TimelineService;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The rule for instants people give (backdating is fine): not later than now, give or take clock skew, nor before 2000. */
final class PastInstants {

    private PastInstants() {
    }

    /** {@code at} truncated to milliseconds, or {@code now} when it is {@code null}. */
    static Instant checked(String field, Instant at, Instant now) {
        if (at == null) {
            return now;
        }
        Instant truncated = at.truncatedTo(ChronoUnit.MILLIS);
        if (truncated.isAfter(now.plus(TimelineService.MAX_CLOCK_SKEW))) {
            throw new InvalidInputException(field, "The " + field + " instant cannot be in the future (server time "
                    + now + ").");
        }
        if (truncated.isBefore(TimelineService.EARLIEST)) {
            throw new InvalidInputException(field, "The " + field + " instant cannot be before "
                    + TimelineService.EARLIEST + ".");
        }
        return truncated;
    }
}
