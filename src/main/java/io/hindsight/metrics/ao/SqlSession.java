package io.hindsight.metrics.ao;

import io.hindsight.actionitem.ao.ActionItemSchema;
import io.hindsight.incident.ao.IncidentSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import net.java.ao.schema.TableNameConverter;

/**
 * Raw SQL through Active Objects' own connection: table names from AO's table-name converter (so the host's
 * {@code AO_xxxxxx_} prefix is never written here), every identifier quoted by AO's provider (upper-case quoted
 * identifiers on PostgreSQL), and the connection AO hands out, which inside an AO transaction is that transaction's.
 */
final class SqlSession implements AutoCloseable {

    private final DatabaseProvider provider;
    private final TableNameConverter names;
    private final Connection connection;

    private SqlSession(DatabaseProvider provider, TableNameConverter names, Connection connection) {
        this.provider = provider;
        this.names = names;
        this.connection = connection;
    }

    static SqlSession open(EntityManager entityManager) throws SQLException {
        DatabaseProvider provider = entityManager.getProvider();
        return new SqlSession(provider, entityManager.getTableNameConverter(), provider.getConnection());
    }

    /** A table of ours, with schema and quotes, followed by {@code alias}. */
    String table(Class<? extends RawEntity<?>> type, String alias) {
        return provider.withSchema(names.getName(type)) + " " + alias;
    }

    String incidents(String alias) {
        return provider.withSchema(IncidentSchema.stateTable(names)) + " " + alias;
    }

    String versions(String alias) {
        return provider.withSchema(IncidentSchema.versionTable(names)) + " " + alias;
    }

    String actionItems(String alias) {
        return provider.withSchema(ActionItemSchema.table(names)) + " " + alias;
    }

    /** A column as {@code alias."COLUMN"} (or without quotes where the database needs none). */
    String col(String alias, String column) {
        return alias == null ? provider.processID(column) : alias + "." + provider.processID(column);
    }

    interface Row<T> {
        T read(ResultSet rows) throws SQLException;
    }

    <T> List<T> query(Sql sql, int maxRows, Row<T> row) throws SQLException {
        try (PreparedStatement statement = prepare(sql)) {
            statement.setMaxRows(maxRows);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(row.read(rows));
                }
                return result;
            }
        }
    }

    <T> T single(Sql sql, Row<T> row) throws SQLException {
        List<T> rows = query(sql, 1, row);
        return rows.isEmpty() ? null : rows.get(0);
    }

    int update(Sql sql) throws SQLException {
        try (PreparedStatement statement = prepare(sql)) {
            return statement.executeUpdate();
        }
    }

    /** Runs each statement of a batch; all must have the same text. Answers the summed update counts. */
    int batch(List<Sql> statements) throws SQLException {
        if (statements.isEmpty()) {
            return 0;
        }
        try (PreparedStatement statement = connection.prepareStatement(statements.get(0).text())) {
            for (Sql sql : statements) {
                bind(statement, sql);
                statement.addBatch();
            }
            int total = 0;
            for (int count : statement.executeBatch()) {
                total += Math.max(count, 0);
            }
            return total;
        }
    }

    private PreparedStatement prepare(Sql sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql.text());
        try {
            bind(statement, sql);
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    private static void bind(PreparedStatement statement, Sql sql) throws SQLException {
        List<Object> params = sql.params();
        for (int i = 0; i < params.size(); i++) {
            statement.setObject(i + 1, params.get(i));
        }
    }

    /** Returns the connection to AO; inside an AO transaction that leaves it open for the transaction. */
    @Override
    public void close() throws SQLException {
        connection.close();
    }

    static Long longOrNull(ResultSet rows, int column) throws SQLException {
        Object value = rows.getObject(column);
        return value == null ? null : Math.round(((Number) value).doubleValue());
    }
}
