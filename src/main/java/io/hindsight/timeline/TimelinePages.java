package io.hindsight.timeline;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Walks a whole timeline oldest first by keyset pages of {@link TimelineQuery#MAX_LIMIT}: holds one page at a time,
 * and sees entries appended behind the cursor while it walks, never one twice.
 */
final class TimelinePages implements Iterator<TimelineEvent> {

    private final TimelineStore store;
    private final long incidentId;
    private final boolean includeHidden;
    private Iterator<TimelineEvent> page = Collections.emptyIterator();
    private TimelineCursor next;
    private boolean exhausted;

    TimelinePages(TimelineStore store, long incidentId, boolean includeHidden) {
        this.store = store;
        this.incidentId = incidentId;
        this.includeHidden = includeHidden;
    }

    @Override
    public boolean hasNext() {
        // A page of hidden entries filtered away can be empty and still have a next page.
        while (!page.hasNext() && !exhausted) {
            TimelinePage read = store.page(incidentId, new TimelineQuery(TimelineQuery.Order.OLDEST_FIRST,
                    Set.of(), next, TimelineQuery.MAX_LIMIT, includeHidden));
            page = read.events().iterator();
            next = read.next();
            exhausted = next == null;
        }
        return page.hasNext();
    }

    @Override
    public TimelineEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return page.next();
    }
}
