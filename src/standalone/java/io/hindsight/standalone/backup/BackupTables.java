package io.hindsight.standalone.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Hindsight's tables as the database describes them: every table whose name starts with the plugin's Active Objects
 * prefix, with every column it has now, in an order where each table comes after the tables its foreign keys point
 * to. Read from JDBC metadata rather than from the entity classes, so a column that a later upgrade adds is backed up
 * without a change here.
 */
final class BackupTables {

    /** A column: its name, JDBC type, and whether the database numbers it (the entity id). */
    record Column(String name, int sqlType, String typeName, boolean generated) {
    }

    /** A table: its name without the prefix, its SQL name (schema and quotes), its columns. */
    record Table(String name, String sqlName, List<Column> columns) {

        Column column(String columnName) {
            return columns.stream().filter(column -> column.name().equals(columnName)).findFirst().orElse(null);
        }

        boolean hasId() {
            return column("ID") != null;
        }
    }

    private BackupTables() {
    }

    /** The tables named {@code prefix…} in the connection's schema, parents before children, then by name. */
    static List<Table> read(Connection connection, String prefix) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        String schema = connection.getSchema();
        String quote = metadata.getIdentifierQuoteString().strip();
        String escape = metadata.getSearchStringEscape();
        String pattern = prefix.replace("_", escape + "_").replace("%", escape + "%") + "%";
        Map<String, Table> byName = new TreeMap<>();
        Map<String, Set<String>> parents = new TreeMap<>();
        try (ResultSet tables = metadata.getTables(null, schema, pattern, new String[] {"TABLE"})) {
            while (tables.next()) {
                String sqlTable = tables.getString("TABLE_NAME");
                if (!sqlTable.startsWith(prefix)) {
                    continue;
                }
                String name = sqlTable.substring(prefix.length());
                String sqlName = (schema == null ? "" : quote + schema + quote + ".") + quote + sqlTable + quote;
                byName.put(name, new Table(name, sqlName, columns(metadata, schema, sqlTable)));
                parents.put(name, parents(metadata, schema, sqlTable, prefix));
            }
        }
        return inDependencyOrder(byName, parents);
    }

    private static List<Column> columns(DatabaseMetaData metadata, String schema, String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (ResultSet rows = metadata.getColumns(null, schema, table, null)) {
            while (rows.next()) {
                columns.add(new Column(rows.getString("COLUMN_NAME"), rows.getInt("DATA_TYPE"),
                        rows.getString("TYPE_NAME"), "YES".equals(rows.getString("IS_AUTOINCREMENT"))));
            }
        }
        return columns;
    }

    private static Set<String> parents(DatabaseMetaData metadata, String schema, String table, String prefix)
            throws SQLException {
        Set<String> parents = new TreeSet<>();
        try (ResultSet keys = metadata.getImportedKeys(null, schema, table)) {
            while (keys.next()) {
                String parent = keys.getString("PKTABLE_NAME");
                if (parent.startsWith(prefix) && !parent.equals(table)) {
                    parents.add(parent.substring(prefix.length()));
                }
            }
        }
        return parents;
    }

    /** Each table after its parents; a cycle (which AO never creates) is broken by name order. */
    private static List<Table> inDependencyOrder(Map<String, Table> byName, Map<String, Set<String>> parents) {
        Map<String, Table> ordered = new LinkedHashMap<>();
        while (ordered.size() < byName.size()) {
            boolean progressed = false;
            for (Table table : byName.values()) {
                if (!ordered.containsKey(table.name()) && ordered.keySet().containsAll(
                        parents.get(table.name()).stream().filter(byName::containsKey).toList())) {
                    ordered.put(table.name(), table);
                    progressed = true;
                }
            }
            if (!progressed) {
                byName.values().stream().filter(table -> !ordered.containsKey(table.name())).findFirst()
                        .ifPresent(table -> ordered.put(table.name(), table));
            }
        }
        return new ArrayList<>(ordered.values());
    }
}
