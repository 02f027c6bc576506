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
import java.util.List;
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
