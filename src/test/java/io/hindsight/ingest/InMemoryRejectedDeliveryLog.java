package io.hindsight.ingest;

import java.util.ArrayList;
import java.util.List;

/** A {@link RejectedDeliveryLog} in memory, newest last. */
public final class InMemoryRejectedDeliveryLog implements RejectedDeliveryLog {

    private final List<RejectedDelivery> records = new ArrayList<>();

    @Override
    public synchronized void record(RejectedDelivery rejection) {
        records.add(new RejectedDelivery(records.size() + 1, rejection.sourceName(), rejection.receivedAt(),
                rejection.status(), rejection.code(), rejection.message(), rejection.excerpt()));
    }

    @Override
    public synchronized List<RejectedDelivery> newest(String sourceName, int limit) {
        List<RejectedDelivery> newest = new ArrayList<>();
        for (int i = records.size() - 1; i >= 0 && newest.size() < limit; i--) {
            if (sourceName == null || sourceName.equals(records.get(i).sourceName())) {
                newest.add(records.get(i));
            }
        }
        return newest;
    }

    public synchronized List<RejectedDelivery> all() {
        return List.copyOf(records);
    }
}
