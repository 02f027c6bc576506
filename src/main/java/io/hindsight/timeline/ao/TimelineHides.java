package io.hindsight.timeline.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.hindsight.timeline.TimelineEvent;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import net.java.ao.Query;

/** Reads which timeline entries are hidden, and by whom, when and why. */
final class TimelineHides {

    private final ActiveObjects ao;

    TimelineHides(ActiveObjects ao) {
        this.ao = ao;
    }

    /** The hides of these entries by entry id, in one query; at most 500 ids (a page), under every IN limit. */
    Map<Integer, TimelineEvent.Hidden> of(Collection<TimelineEventAo> rows) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        Object[] ids = rows.stream().map(TimelineEventAo::getID).toArray();
        TimelineHideAo[] hides = ao.find(TimelineHideAo.class, Query.select().where(TimelineHideAo.EVENT_ID
                + " IN (" + String.join(", ", Collections.nCopies(ids.length, "?")) + ")", ids));
        Map<Integer, TimelineEvent.Hidden> byEventId = new HashMap<>();
        for (TimelineHideAo hide : hides) {
            byEventId.put(hide.getEventId(), TimelineRows.hidden(hide));
        }
        return byEventId;
    }
}
