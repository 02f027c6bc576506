package io.hindsight.timeline;

import io.hindsight.platform.InvalidInputException;
import java.util.Set;

/**
 * Which page of a timeline to read.
 *
 * @param after  continue after this position, or {@code null} for the first page
 * @param kinds  only these kinds; empty means all
 * @param limit  page size, 1 to {@link #MAX_LIMIT}
 */
public record TimelineQuery(Order order, Set<TimelineEventKind> kinds, TimelineCursor after, int limit,
        boolean includeHidden) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;

    public enum Order { NEWEST_FIRST, OLDEST_FIRST }

    public TimelineQuery {
        order = order == null ? Order.OLDEST_FIRST : order;
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "A page holds 1 to " + MAX_LIMIT + " entries.");
        }
    }

    public static TimelineQuery firstPage(Order order, int limit) {
        return new TimelineQuery(order, Set.of(), null, limit, false);
    }
}
