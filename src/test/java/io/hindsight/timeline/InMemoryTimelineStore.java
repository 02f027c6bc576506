package io.hindsight.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A {@link TimelineStore} in memory for tests of the layers above storage: same ordering, paging, de-duplication
 * and hide-once rules as the real store, one lock instead of a database.
 */
public final class InMemoryTimelineStore implements TimelineStore {

    private static final Comparator<TimelineEvent> OLDEST_FIRST =
            Comparator.comparing(TimelineEvent::occurredAt).thenComparingLong(TimelineEvent::id);

    private final Map<Long, TimelineEvent> byId = new LinkedHashMap<>();
    private final Map<String, Long> byExternalId = new HashMap<>();
    private long nextId = 1;

    @Override
    public synchronized AppendResult append(NewTimelineEvent event) {
        String externalKey = event.externalId() == null ? null
                : event.incidentId() + "|" + event.source().code() + "|" + event.externalId();
        if (externalKey != null && byExternalId.containsKey(externalKey)) {
            return new AppendResult(byId.get(byExternalId.get(externalKey)), false);
        }
        TimelineEvent stored = new TimelineEvent(nextId++, event.incidentId(), event.occurredAt(), event.recordedAt(),
                event.kind(), event.source(), event.actorKey(), event.summary(), event.details(),
                event.evidenceLink(), event.externalId(), null);
        byId.put(stored.id(), stored);
        if (externalKey != null) {
            byExternalId.put(externalKey, stored.id());
        }
        return new AppendResult(stored, true);
    }

    /** One lock for the batch, which makes it as atomic as the real store's transaction. */
    @Override
    public synchronized List<AppendResult> appendAll(List<NewTimelineEvent> events) {
        List<AppendResult> results = new ArrayList<>(events.size());
        for (NewTimelineEvent event : events) {
            results.add(append(event));
        }
        return results;
    }

    @Override
    public synchronized Optional<TimelineEvent> find(long incidentId, long eventId) {
        return Optional.ofNullable(byId.get(eventId)).filter(event -> event.incidentId() == incidentId);
    }

    @Override
    public synchronized TimelinePage page(long incidentId, TimelineQuery query) {
        boolean newestFirst = query.order() == TimelineQuery.Order.NEWEST_FIRST;
        Comparator<TimelineEvent> order = newestFirst ? OLDEST_FIRST.reversed() : OLDEST_FIRST;
        List<TimelineEvent> rows = byId.values().stream()
                .filter(event -> event.incidentId() == incidentId)
                .filter(event -> query.includeHidden() || !event.isHidden())
                .filter(event -> query.kinds().isEmpty() || query.kinds().contains(event.kind()))
                .filter(event -> query.after() == null || isAfter(event, query.after(), newestFirst))
                .sorted(order)
                .limit(query.limit() + 1L)
                .toList();
        if (rows.size() <= query.limit()) {
            return new TimelinePage(rows, null);
        }
        List<TimelineEvent> page = new ArrayList<>(rows.subList(0, query.limit()));
        return new TimelinePage(page, TimelineCursor.of(page.get(page.size() - 1)));
    }

    @Override
    public synchronized TimelineEvent hide(long incidentId, long eventId, TimelineEvent.Hidden hidden) {
        TimelineEvent event = find(incidentId, eventId).orElseThrow(() -> new NoSuchElementException("" + eventId));
        if (event.isHidden()) {
            throw new TimelineEventAlreadyHiddenException(eventId);
        }
        TimelineEvent updated = new TimelineEvent(event.id(), event.incidentId(), event.occurredAt(),
                event.recordedAt(), event.kind(), event.source(), event.actorKey(), event.summary(), event.details(),
                event.evidenceLink(), event.externalId(), hidden);
        byId.put(eventId, updated);
        return updated;
    }

    /** Forgets every entry; ids keep counting up so that no test can mistake an old id for a new entry. */
    /** A validator as {@link TimelineVersions} defines it, for the entries and hides of one incident. */
    public synchronized String versionOf(long incidentId) {
        long entries = byId.values().stream().filter(event -> event.incidentId() == incidentId).count();
        long hidden = byId.values().stream().filter(event -> event.incidentId() == incidentId && event.isHidden())
                .count();
        return entries + "." + hidden;
    }

    public synchronized void clear() {
        byId.clear();
        byExternalId.clear();
    }

    private static boolean isAfter(TimelineEvent event, TimelineCursor cursor, boolean newestFirst) {
        int comparison = event.occurredAt().toEpochMilli() != cursor.occurredAtMillis()
                ? Long.compare(event.occurredAt().toEpochMilli(), cursor.occurredAtMillis())
                : Long.compare(event.id(), cursor.id());
        return newestFirst ? comparison < 0 : comparison > 0;
    }
}
