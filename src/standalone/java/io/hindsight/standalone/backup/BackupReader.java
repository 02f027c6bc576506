package io.hindsight.standalone.backup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hindsight.platform.ConflictException;
import io.hindsight.platform.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Restores a {@link BackupFormat} file into a database whose Hindsight tables exist and are empty, all in one
 * transaction: a file that is cut short, altered, or from a newer version imports nothing. Ids are kept as they were,
 * and each table's id counter is then moved past the highest id, so new rows never collide with restored ones.
 *
 * <p>Errors: {@link ConflictException} ({@code not_empty}) when any Hindsight table holds a row;
 * {@link InvalidInputException} naming the line for anything wrong with the file.
 */
final class BackupReader {

    private static final int BATCH = 500;

    private final ObjectMapper json = new ObjectMapper();
    private final MessageDigest digest = Sha256.digest();
    private final Connection connection;
    private final Map<String, BackupTables.Table> tables = new LinkedHashMap<>();
    private final Map<String, List<BackupTables.Column>> fileColumns = new LinkedHashMap<>();
    private final Map<String, PreparedStatement> inserts = new LinkedHashMap<>();
    private final Map<String, Integer> pending = new LinkedHashMap<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private long rows;

    private BackupReader(Connection connection) {
        this.connection = connection;
    }

    static BackupReport read(Connection connection, String prefix, InputStream in) throws SQLException, IOException {
        BackupReader reader = new BackupReader(connection);
        for (BackupTables.Table table : BackupTables.read(connection, prefix)) {
            reader.tables.put(table.name(), table);
        }
        reader.refuseUnlessEmpty();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            reader.readAll(in);
            connection.commit();
        } catch (SQLException | IOException | RuntimeException failure) {
            connection.rollback();
            throw failure;
        } finally {
            reader.closeStatements();
            connection.setAutoCommit(autoCommit);
        }
        try {
            reader.moveIdCountersPastRestoredIds();
        } catch (SQLException e) {
            throw new IllegalStateException("The backup was imported, but the id counters could not be moved past "
                    + "the restored ids; new rows may collide until they are", e);
        }
        return new BackupReport(reader.counts, reader.rows);
    }

    private void refuseUnlessEmpty() throws SQLException {
        for (BackupTables.Table table : tables.values()) {
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + table.sqlName())) {
                result.next();
                if (result.getLong(1) > 0) {
                    throw new ConflictException("not_empty", "This database already holds Hindsight data (table "
                            + table.name() + " has " + result.getLong(1) + " rows). A backup is restored only into "
                            + "an empty database; nothing was imported.");
                }
            }
        }
    }

    private void readAll(InputStream in) throws SQLException, IOException {
        LineReader lines = new LineReader(in);
        byte[] line = lines.next();
        if (line == null) {
            throw corrupt(1, "The file is empty.");
        }
        header(parse(line, 1), 1);
        digest.update(line);
        long number = 1;
        while ((line = lines.next()) != null) {
            number++;
            JsonNode node = parse(line, number);
            if (node.path("end").asBoolean(false)) {
                trailer(node, number);
                if (lines.next() != null) {
                    throw corrupt(number + 1, "There is more after the last line.");
                }
                flushAll();
                return;
            }
            digest.update(line);
            row(node, number);
        }
        throw corrupt(number, "The file ends before its last line: it was cut short.");
    }

    private void header(JsonNode header, long number) {
        if (!BackupFormat.FORMAT.equals(header.path("format").asText())) {
            throw corrupt(number, "This is not a Hindsight backup (no \"format\": \"" + BackupFormat.FORMAT + "\").");
        }
        int version = header.path("version").asInt(-1);
        if (version < 1 || version > BackupFormat.VERSION) {
            throw corrupt(number, "The backup has format version " + header.path("version")
                    + "; this Hindsight reads versions 1 to " + BackupFormat.VERSION + ".");
        }
        for (JsonNode entry : header.path("tables")) {
            String name = entry.path("name").asText();
            BackupTables.Table table = tables.get(name);
            if (table == null) {
                throw corrupt(number, "The backup has table " + name + ", which this Hindsight does not have: restore "
                        + "it with the version that wrote it, or a newer one.");
            }
            List<BackupTables.Column> columns = new ArrayList<>();
            for (JsonNode column : entry.path("columns")) {
                BackupTables.Column target = table.column(column.path("name").asText());
                if (target == null) {
                    throw corrupt(number, "The backup has column " + name + "." + column.path("name").asText()
                            + ", which this Hindsight does not have: restore it with the version that wrote it, or "
                            + "a newer one.");
                }
                columns.add(target);
            }
            fileColumns.put(name, columns);
            counts.put(name, 0L);
        }
    }

    private void row(JsonNode node, long number) throws SQLException {
        String name = node.path("table").asText();
        List<BackupTables.Column> columns = fileColumns.get(name);
        JsonNode row = node.path("row");
        if (columns == null || !row.isObject() || row.size() != columns.size()) {
            throw corrupt(number, "The line is not a row of a table the header lists.");
        }
        PreparedStatement insert = insertInto(name, columns);
        for (int i = 0; i < columns.size(); i++) {
            BackupTables.Column column = columns.get(i);
            if (!row.has(column.name())) {
                throw corrupt(number, "The row has no value for " + name + "." + column.name() + ".");
            }
            bind(insert, i + 1, column, row.get(column.name()), number, name);
        }
        insert.addBatch();
        counts.merge(name, 1L, Long::sum);
        rows++;
        if (pending.merge(name, 1, Integer::sum) >= BATCH) {
            // Batches of one table are flushed before the next table's rows, so parents are always in first.
            flushAll();
        }
    }

    private PreparedStatement insertInto(String name, List<BackupTables.Column> columns) throws SQLException {
        PreparedStatement insert = inserts.get(name);
        if (insert == null) {
            flushAll();
            List<String> quoted = new ArrayList<>();
            for (BackupTables.Column column : columns) {
                quoted.add(BackupWriter.quoted(connection, column.name()));
            }
            insert = connection.prepareStatement("INSERT INTO " + tables.get(name).sqlName() + " ("
                    + String.join(", ", quoted) + ") VALUES (" + String.join(", ", java.util.Collections.nCopies(
                            columns.size(), "?")) + ")");
            inserts.put(name, insert);
        }
        return insert;
    }

    private void flushAll() throws SQLException {
        for (Map.Entry<String, Integer> entry : pending.entrySet()) {
            if (entry.getValue() > 0) {
                inserts.get(entry.getKey()).executeBatch();
                entry.setValue(0);
            }
        }
    }

    private static void bind(PreparedStatement insert, int index, BackupTables.Column column, JsonNode value,
            long number, String table) throws SQLException {
        if (value.isNull()) {
            insert.setNull(index, column.sqlType());
            return;
        }
        try {
            switch (column.sqlType()) {
                case Types.BIT, Types.BOOLEAN -> insert.setBoolean(index, expect(value.isBoolean(), value).asBoolean());
                case Types.TINYINT, Types.SMALLINT, Types.INTEGER -> insert.setInt(index,
                        Math.toIntExact(expect(value.isIntegralNumber(), value).asLong()));
                case Types.BIGINT -> insert.setLong(index, expect(value.isIntegralNumber(), value).asLong());
                case Types.REAL, Types.FLOAT, Types.DOUBLE -> insert.setDouble(index,
                        expect(value.isNumber(), value).asDouble());
                case Types.NUMERIC, Types.DECIMAL -> insert.setBigDecimal(index,
                        expect(value.isNumber(), value).decimalValue());
                case Types.TIMESTAMP -> insert.setTimestamp(index,
                        Timestamp.valueOf(LocalDateTime.parse(expect(value.isTextual(), value).asText())));
                case Types.DATE -> insert.setDate(index,
                        java.sql.Date.valueOf(LocalDate.parse(expect(value.isTextual(), value).asText())));
                default -> insert.setString(index, expect(value.isTextual(), value).asText());
            }
        } catch (IllegalArgumentException | ArithmeticException | DateTimeParseException wrong) {
            throw corrupt(number, "The value of " + table + "." + column.name() + " does not fit its column ("
                    + column.typeName() + ").");
        }
    }

    private static JsonNode expect(boolean rightKind, JsonNode value) {
        if (!rightKind) {
            throw new IllegalArgumentException(value.getNodeType().toString());
        }
        return value;
    }

    private void trailer(JsonNode trailer, long number) {
        String expected = HexFormat.of().formatHex(digest.digest());
        if (trailer.path("rows").asLong(-1) != rows || !expected.equals(trailer.path("sha256").asText())) {
            throw corrupt(number, "The file does not match its checksum: it was altered or damaged.");
        }
    }

    /** On PostgreSQL the id's sequence, on H2 the identity column: next value one past the highest id. */
    private void moveIdCountersPastRestoredIds() throws SQLException {
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        for (BackupTables.Table table : tables.values()) {
            for (BackupTables.Column column : table.columns()) {
                if (!column.generated()) {
                    continue;
                }
                String quotedColumn = BackupWriter.quoted(connection, column.name());
                long next;
                try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(
                        "SELECT COALESCE(MAX(" + quotedColumn + "), 0) + 1 FROM " + table.sqlName())) {
                    result.next();
                    next = result.getLong(1);
                }
                if (postgres) {
                    try (PreparedStatement statement = connection.prepareStatement(
                            "SELECT setval(pg_get_serial_sequence(?, ?), ?, false)")) {
                        statement.setString(1, table.sqlName());
                        statement.setString(2, column.name());
                        statement.setLong(3, next);
                        statement.execute();
                    }
                } else {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("ALTER TABLE " + table.sqlName() + " ALTER COLUMN " + quotedColumn
                                + " RESTART WITH " + next);
                    }
                }
            }
        }
    }

    private JsonNode parse(byte[] line, long number) {
        try {
            JsonNode node = json.readTree(line);
            if (node == null || !node.isObject()) {
                throw corrupt(number, "The line is not a JSON object.");
            }
            return node;
        } catch (JsonProcessingException notJson) {
            throw corrupt(number, "The line is not JSON: it was cut short or damaged.");
        } catch (IOException unreadable) {
            throw corrupt(number, "The line cannot be read.");
        }
    }

    private static InvalidInputException corrupt(long line, String message) {
        return new InvalidInputException("line " + line, message + " Nothing was imported.");
    }

    private void closeStatements() throws SQLException {
        for (PreparedStatement insert : inserts.values()) {
            insert.close();
        }
    }

    /** Lines as bytes, each with its newline, so the checksum covers exactly the bytes written. */
    private static final class LineReader {
        private final InputStream in;

        LineReader(InputStream in) {
            this.in = in.markSupported() ? in : new java.io.BufferedInputStream(in, 1 << 16);
        }

        byte[] next() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream(256);
            int b;
            while ((b = in.read()) != -1) {
                line.write(b);
                if (b == '\n') {
                    return line.toByteArray();
                }
            }
            return line.size() == 0 ? null : line.toByteArray();
        }
    }
}
