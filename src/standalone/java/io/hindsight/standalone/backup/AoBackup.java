package io.hindsight.standalone.backup;

import io.hindsight.timeline.ao.TimelineEntities;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import net.java.ao.schema.Table;

/**
 * Backup and restore of every Hindsight table over Active Objects' own connection: the tables are found by the
 * plugin's table prefix (taken from AO's table-name converter, so the host's {@code AO_xxxxxx_} is never written
 * here) and read column by column from JDBC metadata, so columns and tables added by later upgrades are included
 * without a change. See {@link BackupFormat} for the file.
 *
 * <p>Kept with the embedded host for now: the plugin confines Jackson to its REST adapters, so serving backups in
 * Jira or Confluence needs a JSON port first, as ingestion has ({@code PayloadParser}).
 */
public final class AoBackup {

    private final EntityManager entityManager;
    private final Clock clock;

    public AoBackup(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Streams the whole backup to {@code out}, which stays open. */
    public BackupReport export(OutputStream out) throws IOException {
        try (Connection connection = entityManager.getProvider().getConnection()) {
            return BackupWriter.write(connection, prefix(), out, clock.instant());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read Hindsight's tables for the backup", e);
        }
    }

    /**
     * Restores {@code in} into this database, whose Hindsight tables must be empty.
     *
     * @throws io.hindsight.platform.ConflictException when a table holds data (nothing is imported)
     * @throws io.hindsight.platform.InvalidInputException naming the line, for a damaged, cut or foreign file
     *         (nothing is imported)
     */
    public BackupReport restore(InputStream in) throws IOException {
        try (Connection connection = entityManager.getProvider().getConnection()) {
            return BackupReader.read(connection, prefix(), in);
        } catch (SQLException e) {
            // The reader rolls back on every failure before its commit, so nothing was imported.
            throw new IllegalStateException("Could not restore the backup; nothing was imported", e);
        }
    }

    /** {@code AO_xxxxxx_} in a host, whatever prefix the entity manager's converter gives outside one. */
    String prefix() {
        // Any of our entities will do: its full table name minus the name it declares is the prefix.
        Class<? extends RawEntity<?>> entity = TimelineEntities.ALL.get(0);
        String table = entityManager.getTableNameConverter().getName(entity);
        return table.substring(0, table.length() - entity.getAnnotation(Table.class).value().length());
    }
}
