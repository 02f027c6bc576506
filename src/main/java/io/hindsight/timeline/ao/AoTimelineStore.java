package io.hindsight.timeline.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.hindsight.platform.NotFoundException;
import io.hindsight.platform.ao.WriteConflicts;
import io.hindsight.timeline.AppendResult;
import io.hindsight.timeline.NewTimelineEvent;
import io.hindsight.timeline.TimelineEvent;
import io.hindsight.timeline.TimelineEventAlreadyHiddenException;
import io.hindsight.timeline.TimelinePage;
import io.hindsight.timeline.TimelineQuery;
import io.hindsight.timeline.TimelineStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
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
    static final int BATCH_ATTEMPTS = 3;
    /** Keys per IN list: well under every database's limit on parameters and list length. */
    static final int IN_CHUNK = 500;

    private final ActiveObjects ao;
    private final TimelineHides hides;
    private final TimelinePageReader pages;

    public AoTimelineStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
        this.hides = new TimelineHides(ao);
        this.pages = new TimelinePageReader(ao, hides);
    }

    @Override
    public AppendResult append(NewTimelineEvent event) {
        String dedupKey = DedupKey.of(event);
        return WriteConflicts.retrying(MAX_ATTEMPTS, () -> appendOnce(event, dedupKey));
    }

    /**
     * The batch in one transaction: one query per {@value #IN_CHUNK} keys finds the entries stored already, then
     * each new entry is one INSERT, and one COMMIT ends it (a durable commit per entry is what limits single
     * appends). When a concurrent writer stores one of the same keys first, the transaction fails on the unique
     * column, rolls back whole, and is retried, finding the winner's rows this time.
     *
     * <p>Batches that keep colliding (many writers delivering overlapping sets at once) fall back to appending
     * their entries one by one after {@value #BATCH_ATTEMPTS} attempts: each single append settles its race in a
     * retry or two, so every entry is still stored exactly once, though no longer all in one commit.
     */
    @Override
    public List<AppendResult> appendAll(List<NewTimelineEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        List<String> dedupKeys = events.stream().map(DedupKey::of).toList();
        try {
            return WriteConflicts.retrying(BATCH_ATTEMPTS,
                    () -> ao.executeInTransaction(() -> appendAllOnce(events, dedupKeys)));
        } catch (RuntimeException failure) {
            if (!WriteConflicts.isWriteConflict(failure)) {
                throw failure;
            }
            List<AppendResult> results = new ArrayList<>(events.size());
            for (int i = 0; i < events.size(); i++) {
                NewTimelineEvent event = events.get(i);
                String dedupKey = dedupKeys.get(i);
                results.add(WriteConflicts.retrying(MAX_ATTEMPTS, () -> appendOnce(event, dedupKey)));
            }
            return results;
        }
    }

    @Override
    public Optional<TimelineEvent> find(long incidentId, long eventId) {
        return findRow(incidentId, eventId).map(this::eventWithHide);
    }

    /** Two statements per window of {@code limit} entries; see {@link TimelinePageReader} for the bound. */
    @Override
    public TimelinePage page(long incidentId, TimelineQuery query) {
        return pages.read(incidentId, query);
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

    /**
     * New rows are inserted in the order of their keys, whatever the batch's order: two batches sharing keys then
     * meet on their first shared key, where one waits for the other, instead of each holding a key the other
     * needs (a deadlock). After the winner commits, the loser's retry finds its rows. The sort is stable, so of
     * repeats within the batch the first in batch order is the one stored.
     */
    private List<AppendResult> appendAllOnce(List<NewTimelineEvent> events, List<String> dedupKeys) {
        Map<String, TimelineEvent> byKey = storedWithKeys(events, dedupKeys);
        Integer[] insertOrder = new Integer[events.size()];
        for (int i = 0; i < insertOrder.length; i++) {
            insertOrder[i] = i;
        }
        Arrays.sort(insertOrder, Comparator.comparing(dedupKeys::get));
        AppendResult[] results = new AppendResult[events.size()];
        for (int i : insertOrder) {
            String dedupKey = dedupKeys.get(i);
            TimelineEvent stored = byKey.get(dedupKey);
            if (stored != null) {
                results[i] = new AppendResult(stored, false);
                continue;
            }
            NewTimelineEvent event = events.get(i);
            TimelineEventAo created = ao.create(TimelineEventAo.class, TimelineRows.eventColumns(event, dedupKey));
            TimelineEvent entry = TimelineRows.created(created.getID(), event);
            if (event.externalId() != null) {
                byKey.put(dedupKey, entry);
            }
            results[i] = new AppendResult(entry, true);
        }
        return List.of(results);
    }

    /** The stored entries among the batch's keys (only entries with an external id can be stored already). */
    private Map<String, TimelineEvent> storedWithKeys(List<NewTimelineEvent> events, List<String> dedupKeys) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).externalId() != null) {
                keys.add(dedupKeys.get(i));
            }
        }
        List<TimelineEventAo> rows = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += IN_CHUNK) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + IN_CHUNK));
            rows.addAll(Arrays.asList(ao.find(TimelineEventAo.class, Query.select().where(TimelineEventAo.DEDUP_KEY
                    + " IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")", chunk.toArray()))));
        }
        Map<Integer, TimelineEvent.Hidden> hidden = new HashMap<>();
        for (int from = 0; from < rows.size(); from += IN_CHUNK) {
            hidden.putAll(hides.of(rows.subList(from, Math.min(rows.size(), from + IN_CHUNK))));
        }
        Map<String, TimelineEvent> byKey = new HashMap<>();
        for (TimelineEventAo row : rows) {
            byKey.put(row.getDedupKey(), TimelineRows.event(row, hidden.get(row.getID())));
        }
        return byKey;
    }

    private TimelineEvent hideOnce(long incidentId, long eventId, TimelineEvent.Hidden hidden) {
        TimelineEventAo row = findRow(incidentId, eventId).orElseThrow(() -> new NotFoundException(
                "Timeline entry " + eventId + " does not exist on incident " + incidentId + "."));
        if (!hides.of(List.of(row)).isEmpty()) {
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
        return TimelineRows.event(row, hides.of(List.of(row)).get(row.getID()));
    }
}
