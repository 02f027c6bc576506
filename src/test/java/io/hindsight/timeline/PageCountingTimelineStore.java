package io.hindsight.timeline;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link TimelineStore} that counts the pages read and remembers the largest page asked for, so tests can show that
 * a reader stays bounded and never asks for a whole timeline.
 */
public final class PageCountingTimelineStore implements TimelineStore {

    /** Pages read so far; tests may reset it. */
    public final AtomicInteger pages = new AtomicInteger();
    /** The largest page size asked for so far; tests may reset it. */
    public final AtomicInteger largestPage = new AtomicInteger();

    private final TimelineStore delegate;

    public PageCountingTimelineStore(TimelineStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public AppendResult append(NewTimelineEvent event) {
        return delegate.append(event);
    }

    @Override
    public List<AppendResult> appendAll(List<NewTimelineEvent> events) {
        return delegate.appendAll(events);
    }

    @Override
    public Optional<TimelineEvent> find(long incidentId, long eventId) {
        return delegate.find(incidentId, eventId);
    }

    @Override
    public TimelinePage page(long incidentId, TimelineQuery query) {
        pages.incrementAndGet();
        largestPage.accumulateAndGet(query.limit(), Math::max);
        return delegate.page(incidentId, query);
    }

    @Override
    public TimelineEvent hide(long incidentId, long eventId, TimelineEvent.Hidden hidden) {
        return delegate.hide(incidentId, eventId, hidden);
    }
}
