package io.hindsight.platform;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** {@link Transactions} for tests above storage: runs the work at once and counts how often it was asked to. */
public final class InlineTransactions implements Transactions {

    private final AtomicInteger started = new AtomicInteger();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        started.incrementAndGet();
        return work.get();
    }

    public int started() {
        return started.get();
    }
}
