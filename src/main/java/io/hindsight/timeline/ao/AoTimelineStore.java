package io.hindsight.timeline.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.hindsight.platform.NotFoundException;
import io.hindsight.platform.ao.WriteConflicts;
import io.hindsight.timeline.AppendResult;
import io.hindsight.timeline.NewTimelineEvent;
import io.hindsight.timeline.TimelineCursor;
import io.hindsight.timeline.TimelineEvent;
import io.hindsight.timeline.TimelineEventAlreadyHiddenException;
import io.hindsight.timeline.TimelinePage;
import io.hindsight.timeline.TimelineQuery;
import io.hindsight.timeline.TimelineStore;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jakarta.inject.Named;
import java.util.Optional;
import net.java.ao.Query;

/**
 * The timeline on Active Objects, shared by every host. Entries and hides are only ever inserted. Idempotency
 * and single hides rest on unique columns, so they hold across cluster nodes; a writer that loses a race
 * retries and finds the winner's row.
 *
 * <p>Each write is one INSERT, atomic on its own, so no explicit transaction is opened: that spares PostgreSQL
 * two round trips per write (the isolation switch and the COMMIT). An append inserts straight away and reads
 * only when the unique column refuses it, since nearly every entry is new; a hide looks first, because it must
 * find the entry anyway. {@link #append} and {@link #hide} must not be called inside a transaction: on
 * PostgreSQL a refused INSERT (a repeated external id, or a lost race) aborts it, and the earlier row can no
 * longer be read in it.
 */
@Named
public final class AoTimelineStore implements TimelineStore {

    static final int MAX_ATTEMPTS = 5;

    private final ActiveObjects ao;

    public AoTimelineStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public AppendResult append(NewTimelineEvent event) {
        String dedupKey = DedupKey.of(event);
        return WriteConflicts.retrying(MAX_ATTEMPTS, () -> appendOnce(event, dedupKey));
    }

    @Override
    public Optional<TimelineEvent> find(long incidentId, long eventId) {
        return findRow(incidentId, eventId).map(this::eventWithHide);
    }

    /**
     * One page in (occurred-at, id) order: one query for the entries, one for the hides among them. Hidden
     * entries are left out after reading unless asked for, so a page may hold fewer than {@code limit} entries
     * while {@code next} still points further; only a {@code null} {@code next} means the end.
     */
    @Override
    public TimelinePage page(long incidentId, TimelineQuery query) {
        TimelineEventAo[] rows = ao.find(TimelineEventAo.class, TimelinePageQuery.of(incidentId, query));
        List<TimelineEventAo> window = Arrays.asList(rows).subList(0, Math.min(rows.length, query.limit()));
        Map<Integer, TimelineEvent.Hidden> hidden = hiddenOf(window);
        List<TimelineEvent> events = window.stream()
                .filter(row -> query.includeHidden() || !hidden.containsKey(row.getID()))
                .map(row -> TimelineRows.event(row, hidden.get(row.getID())))
                .toList();
        TimelineCursor next = null;
        if (rows.length > query.limit()) {
            TimelineEventAo last = window.get(window.size() - 1);
            next = new TimelineCursor(last.getOccurredAt(), last.getID());
        }
        return new TimelinePage(events, next);
    }

    @Override
    public TimelineEvent hide(long incidentId, long eventId, TimelineEvent.Hidden hidden) {
        return WriteConflicts.retrying(MAX_ATTEMPTS, () -> hideOnce(incidentId, eventId, hidden));
    }

    private AppendResult appendOnce(NewTimelineEvent event, String dedupKey) {
        try {
            TimelineEventAo created = ao.create(TimelineEventAo.class, TimelineRows.eventColumns(event, dedupKey));
            return new AppendResult(TimelineRows.created(created.getID(), event), true);
        } catch (RuntimeException failure) {
            if (!WriteConflicts.isWriteConflict(failure)) {
                throw failure;
            }
            // Either an entry with this key was stored first, or the conflict was a deadlock or lock timeout, or
            // the winner has not committed yet; without a row to return, the failure goes to the retry.
            TimelineEventAo existing = findByDedupKey(dedupKey).orElseThrow(() -> failure);
            return new AppendResult(eventWithHide(existing), false);
        }
    }

    private TimelineEvent hideOnce(long incidentId, long eventId, TimelineEvent.Hidden hidden) {
        TimelineEventAo row = findRow(incidentId, eventId).orElseThrow(() -> new NotFoundException(
                "Timeline entry " + eventId + " does not exist on incident " + incidentId + "."));
        if (!hiddenOf(List.of(row)).isEmpty()) {
            throw new TimelineEventAlreadyHiddenException(eventId);
        }
        ao.create(TimelineHideAo.class, TimelineRows.hideColumns(row.getID(), incidentId, hidden));
        return TimelineRows.event(row, hidden);
    }

    private Optional<TimelineEventAo> findByDedupKey(String dedupKey) {
        TimelineEventAo[] rows = ao.find(TimelineEventAo.class,
                Query.select().where(TimelineEventAo.DEDUP_KEY + " = ?", dedupKey));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private Optional<TimelineEventAo> findRow(long incidentId, long eventId) {
        if (eventId < 1 || eventId > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        TimelineEventAo[] rows = ao.find(TimelineEventAo.class, Query.select()
                .where(TimelineEventAo.ID + " = ? AND " + TimelineEventAo.INCIDENT_ID + " = ?", (int) eventId, incidentId));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private TimelineEvent eventWithHide(TimelineEventAo row) {
        return TimelineRows.event(row, hiddenOf(List.of(row)).get(row.getID()));
    }

    /** The hides of these entries by entry id, in one query; a page is at most 500 ids, under every IN limit. */
    private Map<Integer, TimelineEvent.Hidden> hiddenOf(Collection<TimelineEventAo> rows) {
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
