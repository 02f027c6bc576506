package io.hindsight.timeline.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.hindsight.incident.ao.IncidentEntities;
import io.hindsight.ingest.ao.IngestEntities;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.Blob;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.java.ao.Entity;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;
import org.junit.Test;

/**
 * Lints every entity the plugin migrates against what breaks on some database Jira or Confluence supports:
 * long names (Oracle's 30 characters), reserved words, BLOBs, and indexes on unlimited text.
 */
public class AoEntityNamesTest {

    /** What the hosts put in front of a table name: AO_ and six hex characters of the plugin, then _. */
    private static final String HOST_PREFIX = "AO_ABCDEF";
    private static final int MAX_IDENTIFIER = 30;
    private static final int MAX_TABLE_ANNOTATION = 20;

    /** Reserved in at least one of H2, PostgreSQL, MySQL, Oracle or SQL Server, or a common trap. */
    private static final Set<String> RESERVED = Set.of(
            "ACCESS", "ADD", "ALL", "ALTER", "AND", "ANY", "AS", "ASC", "AUDIT", "BETWEEN", "BY", "CASE", "CHAR",
            "CHECK", "CLUSTER", "COLUMN", "COMMENT", "COMPRESS", "CONNECT", "CONSTRAINT", "CREATE", "CROSS",
            "CURRENT", "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP", "CURRENT_USER", "DATE", "DAY",
            "DECIMAL", "DEFAULT", "DELETE", "DESC", "DISTINCT", "DROP", "ELSE", "END", "EXCEPT", "EXCLUSIVE",
            "EXISTS", "FALSE", "FETCH", "FILE", "FLOAT", "FOR", "FOREIGN", "FROM", "FULL", "GRANT", "GROUP",
            "HAVING", "HOUR", "IDENTIFIED", "IDENTITY", "IF", "IMMEDIATE", "IN", "INCREMENT", "INDEX", "INITIAL",
            "INNER", "INSERT", "INTEGER", "INTERSECT", "INTERVAL", "INTO", "IS", "JOIN", "KEY", "LEFT", "LEVEL",
            "LIKE", "LIMIT", "LOCK", "LONG", "MAXEXTENTS", "MINUS", "MINUTE", "MODE", "MODIFY", "MONTH",
            "NATURAL", "NOAUDIT", "NOCOMPRESS", "NOT", "NOWAIT", "NULL", "NUMBER", "OF", "OFFLINE", "OFFSET", "ON",
            "ONLINE", "OPTION", "OR", "ORDER", "OUTER", "PCTFREE", "POSITION", "PRIMARY", "PRIOR", "PRIVILEGES",
            "PUBLIC", "RANGE", "RAW", "READ", "REFERENCES", "RENAME", "RESOURCE", "REVOKE", "RIGHT", "ROW",
            "ROWID", "ROWNUM", "ROWS", "SECOND", "SELECT", "SESSION", "SET", "SHARE", "SIZE", "SMALLINT",
            "SOME", "START", "STATUS", "SUCCESSFUL", "SYNONYM", "SYSDATE", "TABLE", "THEN", "TIME", "TIMESTAMP",
            "TO", "TOP", "TRIGGER", "TRUE", "TYPE", "UID", "UNION", "UNIQUE", "UPDATE", "USER", "USING",
            "VALIDATE", "VALUE", "VALUES", "VARCHAR", "VARCHAR2", "VIEW", "WHEN", "WHENEVER", "WHERE", "WITH",
            "YEAR");

    private static final AtlassianFieldNameConverter FIELD_NAMES = new AtlassianFieldNameConverter();
    private static final AtlassianTableNameConverter TABLE_NAMES =
            new AtlassianTableNameConverter(name -> HOST_PREFIX + "_" + name);

    @Test
    public void everyTimelineEntity_passesTheLint() {
        for (Class<? extends RawEntity<?>> entity : TimelineEntities.ALL) {
            assertEquals(entity.getSimpleName(), List.of(), violations(entity));
        }
    }

    @Test
    public void everyIncidentEntity_passesTheLint() {
        for (Class<? extends RawEntity<?>> entity : IncidentEntities.ALL) {
            assertEquals(entity.getSimpleName(), List.of(), violations(entity));
        }
    }

    @Test
    public void everyIngestEntity_passesTheLint() {
        for (Class<? extends RawEntity<?>> entity : IngestEntities.ALL) {
            assertEquals(entity.getSimpleName(), List.of(), violations(entity));
        }
    }

    @Test
    public void lint_reportsEveryKindOfViolation() {
        List<String> violations = violations(BadEntity.class);

        for (String expected : List.of("must end in Ao", "is a default method", "longer than 20",
                "COMMENT is a reserved word", "ANOTHER_VERY_LONG_COLUMN_NAME_X) for method",
                "no constant for column COMMENT", "getPayload is binary", "getText is unlimited text and indexed",
                "indexes unknown method getNothing")) {
            assertTrue(expected + " not in " + violations, violations.stream().anyMatch(v -> v.contains(expected)));
        }
    }

    /** What is wrong with {@code entity}, one message per finding; empty when nothing is. */
    static List<String> violations(Class<? extends RawEntity<?>> entity) {
        List<String> found = new ArrayList<>();
        String name = entity.getSimpleName();
        if (!entity.isInterface() || !name.endsWith("Ao")) {
            found.add(name + " must be an interface whose name must end in Ao");
        }
        for (Method method : entity.getDeclaredMethods()) {
            if (method.isDefault()) {
                found.add(name + "." + method.getName() + " is a default method, which AO cannot call");
            }
        }
        lintTable(entity, found);
        Set<String> constants = stringConstants(entity);
        Set<String> indexed = indexedMethodNames(entity);
        Set<String> getterNames = new HashSet<>();
        for (Method getter : getters(entity)) {
            getterNames.add(getter.getName());
            String column;
            try {
                column = FIELD_NAMES.getName(getter);
            } catch (RuntimeException tooLong) {
                // AO's converter refuses column names over 30 characters, as the hosts' does.
                found.add(name + "." + getter.getName() + ": " + tooLong.getMessage());
                continue;
            }
            lintIdentifier(name + "." + column, column, MAX_IDENTIFIER, found);
            if (!constants.contains(column)) {
                found.add(name + " has no constant for column " + column);
            }
            Class<?> type = getter.getReturnType();
            if (type == byte[].class || Blob.class.isAssignableFrom(type) || InputStream.class.isAssignableFrom(type)) {
                found.add(name + "." + getter.getName() + " is binary; AO on the hosts has no BLOBs");
            }
            StringLength length = getter.getAnnotation(StringLength.class);
            boolean unlimited = length != null && length.value() == StringLength.UNLIMITED;
            if (unlimited && (indexed.contains(getter.getName()) || getter.isAnnotationPresent(Unique.class))) {
                found.add(name + "." + getter.getName() + " is unlimited text and indexed or unique");
            }
        }
        if (!constants.contains("ID")) {
            found.add(name + " has no constant for column ID");
        }
        for (String method : indexed) {
            if (!getterNames.contains(method)) {
                found.add(name + " indexes unknown method " + method);
            }
        }
        return found;
    }

    private static void lintTable(Class<? extends RawEntity<?>> entity, List<String> found) {
        Table table = entity.getAnnotation(Table.class);
        if (table == null) {
            found.add(entity.getSimpleName() + " needs @Table, so that the interface can be renamed");
            return;
        }
        lintIdentifier("table " + table.value(), table.value(), MAX_TABLE_ANNOTATION, found);
        try {
            String full = TABLE_NAMES.getName(entity);
            if (full.length() > MAX_IDENTIFIER) {
                found.add(full + " is longer than " + MAX_IDENTIFIER);
            }
        } catch (RuntimeException tooLong) {
            // AO's own converter refuses names over 30 characters, as the hosts' does.
            found.add("table name of " + entity.getSimpleName() + ": " + tooLong.getMessage());
        }
    }

    private static void lintIdentifier(String what, String identifier, int maxLength, List<String> found) {
        if (identifier.length() > maxLength) {
            found.add(what + " is longer than " + maxLength);
        }
        if (!identifier.matches("[A-Z][A-Z0-9_]*")) {
            found.add(what + " must be upper-case letters, digits and _");
        }
        if (RESERVED.contains(identifier)) {
            found.add(what + " is a reserved word");
        }
    }

    private static Set<String> stringConstants(Class<?> entity) {
        Set<String> constants = new HashSet<>();
        for (Field field : entity.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    constants.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return constants;
    }

    private static List<Method> getters(Class<?> entity) {
        return Arrays.stream(entity.getDeclaredMethods())
                .filter(method -> !Modifier.isStatic(method.getModifiers()))
                .filter(method -> method.getParameterCount() == 0)
                .filter(method -> method.getName().startsWith("get") || method.getName().startsWith("is"))
                .toList();
    }

    private static Set<String> indexedMethodNames(Class<?> entity) {
        Set<String> names = new HashSet<>();
        Indexes indexes = entity.getAnnotation(Indexes.class);
        if (indexes != null) {
            for (Index index : indexes.value()) {
                names.addAll(Arrays.asList(index.methodNames()));
            }
        }
        for (Method getter : getters(entity)) {
            if (getter.isAnnotationPresent(Indexed.class)) {
                names.add(getter.getName());
            }
        }
        return names;
    }

    /** Everything the lint must catch, in one place. */
    @Table("A_VERY_LONG_TABLE_NAME_X")
    @Indexes(@Index(name = "bad", methodNames = {"getNothing"}))
    interface BadEntity extends Entity {

        String ID = "ID";

        String getComment();

        String getAnotherVeryLongColumnNameX();

        byte[] getPayload();

        @Indexed
        @StringLength(StringLength.UNLIMITED)
        String getText();

        default String getDerived() {
            return "";
        }
    }
}
