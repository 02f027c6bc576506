package io.hindsight.platform;

import java.util.function.Supplier;

/** Port: runs work in one database transaction; a runtime exception thrown by the work rolls it back. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);
}
