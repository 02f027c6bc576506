package io.hindsight.standalone.ao;

import static io.hindsight.timeline.NewTimelineEvents.anEvent;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.hindsight.testing.db.EmbeddedPostgresDatabase;
import io.hindsight.timeline.AppendResult;
import io.hindsight.timeline.ao.AoTimelineStore;
import io.hindsight.timeline.ao.TimelineEntities;
import io.hindsight.timeline.ao.TimelineEventAo;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import net.java.ao.EntityManager;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** What the embedded host relies on: a database opened by URL, migrated, usable, and kept across restarts. */
public class EntityManagersTest {

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void open_migratesAnH2FileDatabaseThatKeepsItsDataAcrossRestarts() throws Exception {
        String url = "jdbc:h2:file:" + folder.getRoot().toPath().resolve("hindsight");
        AppendResult first = withStore(url, "sa", "", store -> store.append(anEvent().withExternalId("a").build()));

        AppendResult again = withStore(url, "sa", "", store -> store.append(anEvent().withExternalId("a").build()));

        assertTrue(first.created());
        assertFalse(again.created());
        assertEquals(first.event(), again.event());
    }

    @Test
    public void open_migratesPostgresWithTheHostPrefixAndIsIdempotent() throws Exception {
        String url = EmbeddedPostgresDatabase.jdbcUrl();
        withStore(url, EmbeddedPostgresDatabase.USER, EmbeddedPostgresDatabase.PASSWORD,
                store -> store.append(anEvent().onIncident(77_001L).build()));

        List<String> tables = withEntityManager(url, EntityManagersTest::timelineTables);

        assertTrue(tables.toString(), tables.contains(EntityManagers.TABLE_PREFIX + "_" + TimelineEventAo.TABLE));
    }

    private interface StoreWork<T> {
        T run(AoTimelineStore store) throws Exception;
    }

    private interface EntityManagerWork<T> {
        T run(EntityManager entityManager) throws Exception;
    }

    private static <T> T withStore(String url, String user, String password, StoreWork<T> work) throws Exception {
        EntityManager entityManager = EntityManagers.open(url, user, password, TimelineEntities.ALL);
        try {
            return work.run(new AoTimelineStore(new EntityManagerActiveObjects(entityManager)));
        } finally {
            entityManager.getProvider().dispose();
        }
    }

    private static <T> T withEntityManager(String url, EntityManagerWork<T> work) throws Exception {
        EntityManager entityManager = EntityManagers.open(url, EmbeddedPostgresDatabase.USER,
                EmbeddedPostgresDatabase.PASSWORD, TimelineEntities.ALL);
        try {
            return work.run(entityManager);
        } finally {
            entityManager.getProvider().dispose();
        }
    }

    private static List<String> timelineTables(EntityManager entityManager) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection connection = entityManager.getProvider().getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            try (ResultSet tables = metaData.getTables(null, null, EntityManagers.TABLE_PREFIX + "_TL_%", null)) {
                while (tables.next()) {
                    names.add(tables.getString("TABLE_NAME"));
                }
            }
        }
        return names;
    }
}
