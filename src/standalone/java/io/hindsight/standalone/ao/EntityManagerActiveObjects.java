package io.hindsight.standalone.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import net.java.ao.ActiveObjectsException;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;

/**
 * The plugin's {@link ActiveObjects} service outside a host, over a plain Active Objects {@link EntityManager}:
 * for the embedded host and for tests. Like the host's service it throws unchecked exceptions, a transaction
 * opened inside another one on the same thread joins it, and transactions run at READ COMMITTED, PostgreSQL's
 * default and what the hosts run with there (AO's own {@link Transaction} would pick SERIALIZABLE).
 */
public final class EntityManagerActiveObjects implements ActiveObjects {

    /** The system property AO's {@link Transaction} reads its isolation level from, and the value that matches. */
    public static final String AO_ISOLATION_PROPERTY = "ao.transaction.isolation.level";
    public static final String AO_READ_COMMITTED = "TRANSACTION_READ_COMMITTED";

    private final EntityManager entityManager;

    public EntityManagerActiveObjects(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        try {
            return entityManager.create(type, params);
        } catch (SQLException e) {
            throw new ActiveObjectsException(e);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        try {
            return entityManager.find(type, query);
        } catch (SQLException e) {
            throw new ActiveObjectsException(e);
        }
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        try {
            return entityManager.deleteWithSQL(type, criteria, parameters);
        } catch (SQLException e) {
            throw new ActiveObjectsException(e);
        }
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        try {
            return entityManager.count(type, query);
        } catch (SQLException e) {
            throw new ActiveObjectsException(e);
        }
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        try {
            if (transactionOpenOnThisThread()) {
                return callback.doInTransaction();
            }
            return new Transaction<T>(entityManager) {
                @Override
                protected T run() throws SQLException {
                    readCommitted();
                    return callback.doInTransaction();
                }
            }.execute();
        } catch (SQLException e) {
            throw new ActiveObjectsException(e);
        }
    }

    /**
     * Runs before the transaction's first statement, while the isolation level may still change. Skipped when
     * AO is configured to start transactions at READ COMMITTED already: on PostgreSQL every change of level is
     * a round trip, and so is the pool's reset of it when the connection returns.
     */
    private void readCommitted() throws SQLException {
        if (AO_READ_COMMITTED.equals(System.getProperty(AO_ISOLATION_PROPERTY))) {
            return;
        }
        try (Connection connection = entityManager.getProvider().getConnection()) {
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        }
    }

    /**
     * AO binds a transaction's connection to the thread and hands it out while it lasts; outside one, every
     * connection is in auto-commit mode. A nested {@link Transaction} would commit the outer one early, so
     * nesting must be detected (the AO test runner also opens such a transaction around each test).
     */
    private boolean transactionOpenOnThisThread() throws SQLException {
        try (Connection connection = entityManager.getProvider().getConnection()) {
            return !connection.getAutoCommit();
        }
    }
}
