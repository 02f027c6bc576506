package io.hindsight.timeline.ao;

import static io.hindsight.timeline.ao.TimelineEventAo.ID;
import static io.hindsight.timeline.ao.TimelineEventAo.INCIDENT_ID;
import static io.hindsight.timeline.ao.TimelineEventAo.KIND;
import static io.hindsight.timeline.ao.TimelineEventAo.OCCURRED_AT;

import io.hindsight.timeline.TimelineCursor;
import io.hindsight.timeline.TimelineEventKind;
import io.hindsight.timeline.TimelineQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.java.ao.Query;

/**
 * The statement that reads a window of a page: keyset pagination on (occurred-at, id) within one incident,
 * served by the (incident id, occurred-at) index, reading one row more than the page holds to learn whether
 * more follow.
 */
final class TimelinePageQuery {

    private TimelinePageQuery() {
    }

    /** The window of {@code query}'s order and kinds that starts after {@code after} ({@code null}: at the start). */
    static Query of(long incidentId, TimelineQuery query, TimelineCursor after) {
        StringBuilder where = new StringBuilder(INCIDENT_ID + " = ?");
        List<Object> params = new ArrayList<>();
        params.add(incidentId);
        if (!query.kinds().isEmpty()) {
            where.append(" AND ").append(KIND).append(" IN (")
                    .append(String.join(", ", Collections.nCopies(query.kinds().size(), "?"))).append(')');
            query.kinds().stream().map(TimelineEventKind::code).sorted().forEach(params::add);
        }
        boolean newestFirst = query.order() == TimelineQuery.Order.NEWEST_FIRST;
        if (after != null) {
            String beyond = newestFirst ? "<" : ">";
            // Row-value comparison, (a, b) < (?, ?), is not portable; the redundant bound on OCCURRED_AT alone
            // lets the index start the scan at the cursor instead of filtering from the incident's first row.
            where.append(" AND ").append(OCCURRED_AT).append(' ').append(beyond).append("= ?")
                    .append(" AND (").append(OCCURRED_AT).append(' ').append(beyond).append(" ?")
                    .append(" OR ").append(ID).append(' ').append(beyond).append(" ?)");
            params.add(after.occurredAtMillis());
            params.add(after.occurredAtMillis());
            params.add(after.id());
        }
        String direction = newestFirst ? " DESC" : " ASC";
        return Query.select()
                .where(where.toString(), params.toArray())
                .order(OCCURRED_AT + direction + ", " + ID + direction)
                .limit(query.limit() + 1);
    }
}
