package io.hindsight.timeline;

import java.util.List;

/** Port: durable storage of an incident's pinned timeline entries (key moments). */
public interface TimelinePins {

    /**
     * Pins the entry unless it is pinned already; either way answers the pin that stands (the first one wins when
     * two nodes race). Not to be called inside a transaction: a lost race is a refused INSERT.
     */
    TimelinePin pin(TimelinePin pin);

    /** Removes the pin; answers whether there was one. */
    boolean unpin(long incidentId, long eventId);

    /** The incident's pinned entries with their pins, oldest pin first; at most {@code limit}, in a few queries. */
    List<PinnedEntry> of(long incidentId, int limit);

    /** How many entries of the incident are pinned. */
    int count(long incidentId);
}
