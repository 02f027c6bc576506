package io.hindsight.standalone.ao;

import java.sql.SQLException;
import java.util.List;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;

/**
 * Opens an Active Objects {@link EntityManager} on a JDBC URL (H2 file or PostgreSQL) with a c3p0 pool and
 * the host's naming rules, and brings the schema up to date. Close it with {@code getProvider().dispose()}.
 */
public final class EntityManagers {

    /**
     * Table prefix outside a host. Inside one, AO derives {@code AO_} plus six hex characters from the plugin;
     * this prefix has the same length, so a name that fits here fits there.
     */
    public static final String TABLE_PREFIX = "AO_5E1F00";

    private EntityManagers() {
    }

    /**
     * An entity manager on {@code jdbcUrl}, with {@code entities} migrated (additively: nothing is dropped).
     *
     * @param jdbcUrl for example {@code jdbc:h2:file:./data/hindsight} or {@code jdbc:postgresql://host:5432/db}
     */
    public static EntityManager open(String jdbcUrl, String username, String password,
            List<Class<? extends RawEntity<?>>> entities) throws SQLException {
        EntityManager entityManager = EntityManagerBuilder.url(jdbcUrl)
                .username(username)
                .password(password)
                .schema(schemaOf(jdbcUrl))
                .c3po()
                .tableNameConverter(new AtlassianTableNameConverter(name -> TABLE_PREFIX + "_" + name))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .build();
        try {
            @SuppressWarnings("unchecked")
            Class<? extends RawEntity<?>>[] toMigrate = entities.toArray(new Class[0]);
            entityManager.migrate(toMigrate);
            return entityManager;
        } catch (SQLException | RuntimeException e) {
            entityManager.getProvider().dispose();
            throw e;
        }
    }

    /**
     * Without a schema AO migrates against every table the driver lists, and H2 2.x lists its
     * INFORMATION_SCHEMA too, which AO cannot read; PostgreSQL works with the connection's search path.
     */
    private static String schemaOf(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:h2:") ? "PUBLIC" : null;
    }
}
