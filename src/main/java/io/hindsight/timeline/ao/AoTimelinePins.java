package io.hindsight.timeline.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.hindsight.platform.ao.WriteConflicts;
import io.hindsight.timeline.PinnedEntry;
import io.hindsight.timeline.TimelineEvent;
import io.hindsight.timeline.TimelinePin;
import io.hindsight.timeline.TimelinePins;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;

/**
 * Pins on Active Objects. A pin is one INSERT, made idempotent by the unique event id: a writer that loses a race
 * finds the winner's row. Reading the pinned entries takes three queries whatever their number.
 */
@Named
public final class AoTimelinePins implements TimelinePins {

    static final int MAX_ATTEMPTS = 5;

    private final ActiveObjects ao;
    private final TimelineHides hides;

    public AoTimelinePins(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
        this.hides = new TimelineHides(ao);
    }

    @Override
    public TimelinePin pin(TimelinePin pin) {
        return WriteConflicts.retrying(MAX_ATTEMPTS, () -> pinOnce(pin));
    }

    @Override
    public boolean unpin(long incidentId, long eventId) {
        if (eventId < 1 || eventId > Integer.MAX_VALUE) {
            return false;
        }
        return ao.deleteWithSQL(TimelinePinAo.class, TimelinePinAo.EVENT_ID + " = ? AND "
                + TimelinePinAo.INCIDENT_ID + " = ?", (int) eventId, incidentId) > 0;
    }

    @Override
    public List<PinnedEntry> of(long incidentId, int limit) {
        TimelinePinAo[] pins = ao.find(TimelinePinAo.class, Query.select()
                .where(TimelinePinAo.INCIDENT_ID + " = ?", incidentId).order(TimelinePinAo.ID).limit(limit));
        if (pins.length == 0) {
            return List.of();
        }
        Object[] eventIds = new Object[pins.length];
        for (int i = 0; i < pins.length; i++) {
            eventIds[i] = pins[i].getEventId();
        }
        TimelineEventAo[] rows = ao.find(TimelineEventAo.class, Query.select().where(TimelineEventAo.INCIDENT_ID
                + " = ? AND " + TimelineEventAo.ID + " IN (" + String.join(", ", Collections.nCopies(eventIds.length, "?"))
                + ")", concat(incidentId, eventIds)));
        Map<Integer, TimelineEventAo> byId = new HashMap<>();
        for (TimelineEventAo row : rows) {
            byId.put(row.getID(), row);
        }
        Map<Integer, TimelineEvent.Hidden> hidden = hides.of(byId.values());
        List<PinnedEntry> entries = new ArrayList<>(pins.length);
        for (TimelinePinAo pin : pins) {
            TimelineEventAo row = byId.get(pin.getEventId());
            if (row != null) {
                entries.add(new PinnedEntry(TimelineRows.event(row, hidden.get(row.getID())), pinOf(pin)));
            }
        }
        return entries;
    }

    @Override
    public int count(long incidentId) {
        return ao.count(TimelinePinAo.class, Query.select().where(TimelinePinAo.INCIDENT_ID + " = ?", incidentId));
    }

    private TimelinePin pinOnce(TimelinePin pin) {
        try {
            ao.create(TimelinePinAo.class, Map.of(
                    TimelinePinAo.EVENT_ID, Math.toIntExact(pin.eventId()),
                    TimelinePinAo.INCIDENT_ID, pin.incidentId(),
                    TimelinePinAo.PINNED_BY, pin.pinnedBy(),
                    TimelinePinAo.PINNED_AT, pin.pinnedAt().toEpochMilli()));
            return pin;
        } catch (RuntimeException failure) {
            if (!WriteConflicts.isWriteConflict(failure)) {
                throw failure;
            }
            TimelinePinAo[] existing = ao.find(TimelinePinAo.class,
                    Query.select().where(TimelinePinAo.EVENT_ID + " = ?", Math.toIntExact(pin.eventId())));
            if (existing.length == 0) {
                throw failure;
            }
            return pinOf(existing[0]);
        }
    }

    private static TimelinePin pinOf(TimelinePinAo row) {
        return new TimelinePin(row.getIncidentId(), row.getEventId(), row.getPinnedBy(),
                Instant.ofEpochMilli(row.getPinnedAt()));
    }

    private static Object[] concat(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
