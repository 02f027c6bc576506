package io.hindsight.standalone.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes every Hindsight table to a {@link BackupFormat} file, row by row as the database streams them, from one
 * REPEATABLE READ read-only transaction so that the tables agree with each other while writers go on.
 */
final class BackupWriter {

    private static final int FETCH_SIZE = 1_000;

    private final ObjectMapper json = new ObjectMapper();
    private final MessageDigest digest = Sha256.digest();
    private final OutputStream out;
    private long rows;

    private BackupWriter(OutputStream out) {
        this.out = out;
    }

    /** Writes the whole file to {@code out} (left open) and says what it wrote. */
    static BackupReport write(Connection connection, String prefix, OutputStream out, Instant now)
            throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            return new BackupWriter(out).all(connection, BackupTables.read(connection, prefix), now);
        } finally {
            connection.rollback();
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(autoCommit);
        }
    }

    private BackupReport all(Connection connection, List<BackupTables.Table> tables, Instant now)
            throws SQLException, IOException {
        line(header(tables, now));
        Map<String, Long> counts = new LinkedHashMap<>();
        for (BackupTables.Table table : tables) {
            counts.put(table.name(), rowsOf(connection, table));
        }
        ObjectNode trailer = json.createObjectNode().put("end", true).put("rows", rows)
                .put("sha256", HexFormat.of().formatHex(digest.digest()));
        out.write((json.writeValueAsString(trailer) + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        return new BackupReport(counts, rows);
    }

    private ObjectNode header(List<BackupTables.Table> tables, Instant now) {
        ObjectNode header = json.createObjectNode().put("format", BackupFormat.FORMAT)
                .put("version", BackupFormat.VERSION).put("writtenAt", now.toString());
        ArrayNode tableList = header.putArray("tables");
        for (BackupTables.Table table : tables) {
            ObjectNode entry = tableList.addObject().put("name", table.name());
            ArrayNode columns = entry.putArray("columns");
            table.columns().forEach(column -> columns.addObject().put("name", column.name())
                    .put("type", column.typeName()));
        }
        return header;
    }

    private long rowsOf(Connection connection, BackupTables.Table table) throws SQLException, IOException {
        long count = 0;
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(FETCH_SIZE);
            String order = table.hasId() ? " ORDER BY " + quoted(connection, "ID") : "";
            try (ResultSet result = statement.executeQuery("SELECT * FROM " + table.sqlName() + order)) {
                while (result.next()) {
                    ObjectNode line = json.createObjectNode().put("table", table.name());
                    ObjectNode row = line.putObject("row");
                    for (BackupTables.Column column : table.columns()) {
                        put(row, column, result, table.name());
                    }
                    line(line);
                    count++;
                }
            }
        }
        return count;
    }

    private static void put(ObjectNode row, BackupTables.Column column, ResultSet result, String table)
            throws SQLException {
        String name = column.name();
        switch (column.sqlType()) {
            case Types.BIT, Types.BOOLEAN -> {
                boolean value = result.getBoolean(name);
                row.put(name, result.wasNull() ? null : value);
            }
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> {
                long value = result.getLong(name);
                row.put(name, result.wasNull() ? null : value);
            }
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> {
                double value = result.getDouble(name);
                row.put(name, result.wasNull() ? null : value);
            }
            case Types.NUMERIC, Types.DECIMAL -> row.put(name, result.getBigDecimal(name));
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
                    Types.CLOB, Types.NCLOB -> row.put(name, result.getString(name));
            case Types.TIMESTAMP -> {
                Timestamp value = result.getTimestamp(name);
                row.put(name, value == null ? null : value.toLocalDateTime().toString());
            }
            case Types.DATE -> {
                java.sql.Date value = result.getDate(name);
                row.put(name, value == null ? null : value.toLocalDate().toString());
            }
            default -> throw new IllegalStateException("Column " + table + "." + name + " has type "
                    + column.typeName() + ", which a backup cannot hold yet.");
        }
    }

    private void line(ObjectNode node) throws IOException {
        byte[] bytes = (json.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
        digest.update(bytes);
        out.write(bytes);
        if (node.has("row")) {
            rows++;
        }
    }

    static String quoted(Connection connection, String identifier) throws SQLException {
        String quote = connection.getMetaData().getIdentifierQuoteString().strip();
        return quote + identifier + quote;
    }
}
