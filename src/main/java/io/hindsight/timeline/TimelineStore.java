package io.hindsight.timeline;

import java.util.List;
import java.util.Optional;

/** Port: durable, append-only storage of timeline entries. */
public interface TimelineStore {

    /**
     * Stores the entry, unless one with the same incident, source and external id exists: then that one is
     * returned with {@code created == false}. Safe under concurrent calls on any number of nodes.
     */
    AppendResult append(NewTimelineEvent event);

    /**
     * Stores each entry unless one with the same incident, source and external id is stored already, or comes
     * earlier in {@code events}: results in the order of {@code events}, a repeat getting the entry it repeats with
     * {@code created == false}. New entries are stored together where the store can; under heavy contention or
     * on a failure some may be stored and others not, but a repeat of the call stores exactly the rest. Safe under
     * concurrent calls on any number of nodes; not to be called inside a transaction (a lost race there would
     * poison it).
     */
    List<AppendResult> appendAll(List<NewTimelineEvent> events);

    Optional<TimelineEvent> find(long incidentId, long eventId);

    /**
     * One page in (occurred-at, id) order, and where the next one starts; {@code next} is {@code null} only when
     * no entry of the asked-for kinds follows. A page holds {@code query.limit()} entries unless it is the last
     * one, with one exception when hidden entries are left out: the store examines at most six times
     * {@code limit} entries for one page, reading at most {@code limit + 1} rows per statement, and when those
     * hold fewer than {@code limit} visible ones it returns what it found, even nothing, with a {@code next}
     * past the last entry examined, so that following it always progresses. When only hidden entries follow a
     * full page, its {@code next} leads to an empty last page.
     */
    TimelinePage page(long incidentId, TimelineQuery query);

    /**
     * Marks the entry hidden, keeping its content.
     *
     * @throws TimelineEventAlreadyHiddenException when it already is (also when another node hid it first)
     */
    TimelineEvent hide(long incidentId, long eventId, TimelineEvent.Hidden hidden);
}
