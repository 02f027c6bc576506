package io.hindsight.timeline.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.hindsight.timeline.TimelineCursor;
import io.hindsight.timeline.TimelineEvent;
import io.hindsight.timeline.TimelinePage;
import io.hindsight.timeline.TimelineQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reads one page of a timeline window by window: a window is {@code limit} entries in (occurred-at, id) order
 * plus one to learn whether more follow, and its hides, in two statements. Hidden entries are left out after
 * reading unless asked for, so a window may yield fewer than {@code limit}; further windows then fill the
 * page, up to a bound that keeps a page from reading a long run of hidden entries.
 *
 * <p>Hidden rows are filtered here rather than by a {@code NOT EXISTS} on the hide table, because a where clause
 * would have to spell that table's full name: the prefix is the host's to choose (derived from the plugin's
 * namespace there, another one in the embedded host), the host's {@code ActiveObjects} offers no name
 * converter, and AO's {@code Query.join} renders inner joins only. So every database runs the same keyset
 * statement as before, and only the number of windows changes.
 */
final class TimelinePageReader {

    /** Windows read after the first while hidden entries keep the page short: at most 6 × limit entries. */
    static final int MAX_EXTRA_WINDOWS = 5;

    private final ActiveObjects ao;
    private final TimelineHides hides;

    TimelinePageReader(ActiveObjects ao, TimelineHides hides) {
        this.ao = ao;
        this.hides = hides;
    }

    TimelinePage read(long incidentId, TimelineQuery query) {
        int limit = query.limit();
        List<TimelineEvent> events = new ArrayList<>();
        TimelineCursor position = query.after();
        for (int window = 0; window <= MAX_EXTRA_WINDOWS; window++) {
            TimelineEventAo[] rows = ao.find(TimelineEventAo.class, TimelinePageQuery.of(incidentId, query, position));
            List<TimelineEventAo> examined = Arrays.asList(rows).subList(0, Math.min(rows.length, limit));
            Map<Integer, TimelineEvent.Hidden> hidden = hides.of(examined);
            for (TimelineEventAo row : examined) {
                boolean shown = query.includeHidden() || !hidden.containsKey(row.getID());
                if (shown && events.size() == limit) {
                    // A shown entry follows the full page: the next page starts with it.
                    return new TimelinePage(events, position);
                }
                if (shown) {
                    events.add(TimelineRows.event(row, hidden.get(row.getID())));
                }
                // Past hidden rows too, so that the next window, or the next page, does not read them again.
                position = new TimelineCursor(row.getOccurredAt(), row.getID());
            }
            if (rows.length <= limit) {
                return new TimelinePage(events, null);
            }
            if (events.size() == limit) {
                return new TimelinePage(events, position);
            }
        }
        return new TimelinePage(events, position);
    }
}
