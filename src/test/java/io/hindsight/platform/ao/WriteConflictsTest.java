package io.hindsight.platform.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import net.java.ao.ActiveObjectsException;
import org.junit.Test;

public class WriteConflictsTest {

    @Test
    public void isWriteConflict_findsUniqueViolationAndSerializationFailureInTheCauseChain() {
        assertTrue(WriteConflicts.isWriteConflict(new ActiveObjectsException(new SQLException("dup", "23505"))));
        assertTrue(WriteConflicts.isWriteConflict(new RuntimeException(new ActiveObjectsException(
                new SQLException("could not serialize", "40001")))));
    }

    @Test
    public void isWriteConflict_findsTheStateInAChainedNextException() {
        SQLException batch = new SQLException("batch failed", "XX000");
        batch.setNextException(new SQLException("dup", "23505"));

        assertTrue(WriteConflicts.isWriteConflict(new ActiveObjectsException(batch)));
    }

    @Test
    public void isWriteConflict_rejectsOtherFailures() {
        assertFalse(WriteConflicts.isWriteConflict(new ActiveObjectsException(new SQLException("too long", "22001"))));
        assertFalse(WriteConflicts.isWriteConflict(new ActiveObjectsException(new SQLException("no state"))));
        assertFalse(WriteConflicts.isWriteConflict(new IllegalStateException("not SQL")));
    }

    @Test
    public void retrying_repeatsAfterAConflictUntilTheWorkSucceeds() {
        AtomicInteger calls = new AtomicInteger();

        String result = WriteConflicts.retrying(3, () -> {
            if (calls.incrementAndGet() < 3) {
                throw new ActiveObjectsException(new SQLException("dup", "23505"));
            }
            return "stored";
        });

        assertEquals("stored", result);
        assertEquals(3, calls.get());
    }

    @Test
    public void retrying_rethrowsOtherFailuresAtOnce() {
        AtomicInteger calls = new AtomicInteger();
        IllegalArgumentException failure = new IllegalArgumentException("bad");

        assertSame(failure, assertThrows(IllegalArgumentException.class, () -> WriteConflicts.retrying(5, () -> {
            calls.incrementAndGet();
            throw failure;
        })));
        assertEquals(1, calls.get());
    }

    @Test
    public void retrying_givesUpAfterMaxAttempts() {
        AtomicInteger calls = new AtomicInteger();

        assertThrows(ActiveObjectsException.class, () -> WriteConflicts.retrying(2, () -> {
            calls.incrementAndGet();
            throw new ActiveObjectsException(new SQLException("dup", "23505"));
        }));
        assertEquals(2, calls.get());
    }
}
