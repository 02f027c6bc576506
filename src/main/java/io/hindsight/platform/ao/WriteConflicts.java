package io.hindsight.platform.ao;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Recognises the failures a concurrent writer causes (unique violations, serialization failures, deadlocks,
 * lock timeouts) by their standard SQLSTATE, whichever exception Active Objects wraps them in, and retries
 * work that failed so.
 */
public final class WriteConflicts {

    private static final Set<String> CONFLICT_STATES = Set.of(
            "23505", // unique violation (PostgreSQL, H2)
            "23000", // integrity constraint violation (MySQL, Oracle and SQL Server report unique violations so)
            "40001", // serialization failure or deadlock victim
            "40P01", // PostgreSQL deadlock
            "HYT00"); // H2 lock timeout

    private WriteConflicts() {
    }

    /**
     * Runs {@code attempt} until it succeeds, fails for another reason, or has failed {@code maxAttempts} times
     * on write conflicts; then rethrows the last failure. Each attempt must run in a transaction of its own
     * (or in auto-commit): a conflict inside an enclosing transaction leaves it unusable on PostgreSQL.
     */
    public static <T> T retrying(int maxAttempts, Supplier<T> attempt) {
        for (int attempts = 1; ; attempts++) {
            try {
                return attempt.get();
            } catch (RuntimeException failure) {
                if (attempts >= maxAttempts || !isWriteConflict(failure)) {
                    throw failure;
                }
                pauseBeforeAttempt(attempts, failure);
            }
        }
    }

    /** True when {@code failure} or one of its causes is a write conflict that a retry may resolve. */
    public static boolean isWriteConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && hasConflictState(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasConflictState(SQLException sql) {
        for (SQLException next = sql; next != null; next = next.getNextException()) {
            if (next.getSQLState() != null && CONFLICT_STATES.contains(next.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    // A short random pause keeps writers that collided from colliding again in lockstep.
    private static void pauseBeforeAttempt(int attempts, RuntimeException failure) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 4L << attempts));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }
}
