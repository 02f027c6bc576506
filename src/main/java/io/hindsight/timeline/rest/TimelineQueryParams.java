package io.hindsight.timeline.rest;

import io.hindsight.platform.InvalidInputException;
import io.hindsight.platform.rest.RestInput;
import io.hindsight.timeline.TimelineCursor;
import io.hindsight.timeline.TimelineEventKind;
import io.hindsight.timeline.TimelineQuery;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Turns the query parameters of a timeline read into a {@link TimelineQuery}, with a 400 for each bad one. */
final class TimelineQueryParams {

    private TimelineQueryParams() {
    }

    static TimelineQuery toQuery(String order, List<String> kinds, String cursor, String limit,
            String includeHidden) {
        return new TimelineQuery(
                order(order),
                kinds(kinds),
                cursor == null || cursor.isBlank() ? null : TimelineCursor.decode(cursor.strip()),
                RestInput.intParam("limit", limit, TimelineQuery.DEFAULT_LIMIT),
                RestInput.booleanParam("includeHidden", includeHidden, false));
    }

    private static TimelineQuery.Order order(String order) {
        if (order == null || order.isBlank()) {
            return TimelineQuery.Order.OLDEST_FIRST;
        }
        return switch (order.strip()) {
            case "oldest" -> TimelineQuery.Order.OLDEST_FIRST;
            case "newest" -> TimelineQuery.Order.NEWEST_FIRST;
            default -> throw new InvalidInputException("order", "The order is newest or oldest.");
        };
    }

    private static Set<TimelineEventKind> kinds(List<String> codes) {
        Set<TimelineEventKind> kinds = EnumSet.noneOf(TimelineEventKind.class);
        if (codes != null) {
            codes.forEach(code -> kinds.add(TimelineEventKind.fromCode(code, "kind")));
        }
        return kinds;
    }
}
