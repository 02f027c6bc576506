package io.hindsight.platform.ao;

import static io.hindsight.timeline.NewTimelineEvents.anEvent;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.hindsight.standalone.ao.EntityManagerActiveObjects;
import io.hindsight.timeline.ao.AoTimelineStore;
import io.hindsight.timeline.ao.TimelineDatabaseUpdater;
import io.hindsight.timeline.ao.TimelineEventAo;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * {@link AoTransactions} over {@link EntityManagerActiveObjects} on a real database: what commits, what rolls
 * back, and that a nested transaction joins the outer one. Every test commits for real.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(TimelineDatabaseUpdater.class)
public abstract class AoTransactionsContract {

    private EntityManager entityManager;
    private AoTransactions transactions;
    private AoTimelineStore store;
    private long incident;

    @Before
    public void wire() {
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(entityManager);
        transactions = new AoTransactions(ao);
        store = new AoTimelineStore(ao);
        incident = 40_000L + System.nanoTime() % 1_000_000L;
    }

    @Test
    @NonTransactional
    public void inTransaction_commitsWhatTheWorkWrote() throws Exception {
        transactions.inTransaction(() -> store.append(anEvent().onIncident(incident).build()));

        assertEquals(1, rows());
    }

    @Test
    @NonTransactional
    public void inTransaction_rollsBackWhenTheWorkThrows() throws Exception {
        assertThrows(IllegalStateException.class, () -> transactions.inTransaction(() -> {
            store.append(anEvent().onIncident(incident).build());
            throw new IllegalStateException("fails after writing");
        }));

        assertEquals(0, rows());
    }

    @Test
    @NonTransactional
    public void inTransaction_nestedCallJoinsTheOuterTransaction() throws Exception {
        assertThrows(IllegalStateException.class, () -> transactions.inTransaction(() -> {
            store.append(anEvent().onIncident(incident).build());
            transactions.inTransaction(() -> store.append(anEvent().onIncident(incident).build()));
            throw new IllegalStateException("the outer work fails after the inner one returned");
        }));

        assertEquals(0, rows());
    }

    @Test
    @NonTransactional
    public void inTransaction_returnsTheWorksResult() {
        assertEquals("done", transactions.inTransaction(() -> "done"));
    }

    private int rows() throws Exception {
        return entityManager.count(TimelineEventAo.class,
                Query.select().where(TimelineEventAo.INCIDENT_ID + " = ?", incident));
    }
}
