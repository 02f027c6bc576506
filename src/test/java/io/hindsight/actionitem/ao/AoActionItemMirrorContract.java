package io.hindsight.actionitem.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.hindsight.actionitem.ActionItemKind;
import io.hindsight.actionitem.ActionItemMirror;
import io.hindsight.actionitem.TrackedActionItem;
import io.hindsight.standalone.ao.EntityManagerActiveObjects;
import io.hindsight.standalone.ao.EntityManagers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.java.ao.EntityManager;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The AO action-item mirror's queries on a real database: an incident's items, overdue items paged in owner order,
 * and every key paged, the way the panel, the reminders, the JQL functions and the repair read them.
 */
public abstract class AoActionItemMirrorContract {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    private EntityManager entityManager;
    private ActionItemMirror mirror;
    private String prefix;
    private long incident;

    /** A JDBC URL, user and password of a database to migrate the action-item tables into. */
    protected abstract String[] database();

    @Before
    public void openMirror() throws Exception {
        String[] db = database();
        entityManager = EntityManagers.open(db[0], db[1], db[2], ActionItemEntities.ALL);
        mirror = new AoActionItemMirror(new EntityManagerActiveObjects(entityManager));
        // Unique per run: a PostgreSQL database lives as long as the test JVM.
        long run = System.nanoTime() % 1_000_000_000L;
        prefix = "MIR" + run + "-";
        incident = 800_000_000L + run;
        put("1", "u-b", "2026-11-19T00:00:00Z", null);
        put("2", "u-a", "2026-11-18T00:00:00Z", null);
        put("3", "u-a", "2026-11-25T00:00:00Z", null);
        put("4", "u-a", "2026-11-10T00:00:00Z", Instant.parse("2026-11-11T00:00:00Z"));
        put("5", null, "2026-11-10T00:00:00Z", null);
        put("6", "u-a", "2026-11-17T00:00:00Z", null);
    }

    @After
    public void close() {
        entityManager.getProvider().dispose();
    }

    @Test
    public void ofIncident_listsItsItemsInMirroredOrder() {
        List<TrackedActionItem> items = mirror.ofIncident(incident, 10);

        assertEquals(List.of(key("1"), key("2"), key("3"), key("4"), key("5"), key("6")),
                items.stream().map(TrackedActionItem::issueKey).toList());
        assertEquals(2, mirror.ofIncident(incident, 2).size());
    }

    @Test
    public void overdue_isOpenOwnedAndPastDue_inOwnerThenKeyOrder_pagedByCursor() {
        List<String> keys = new ArrayList<>();
        String after = null;
        List<TrackedActionItem> page;
        do {
            page = mirror.overdue(NOW, after, 1);
            page.stream().filter(item -> item.issueKey().startsWith(prefix)).forEach(item -> keys.add(item.issueKey()));
            after = page.isEmpty() ? after : ActionItemMirror.overdueCursor(page.get(page.size() - 1));
        } while (!page.isEmpty());

        assertEquals(List.of(key("2"), key("6"), key("1")), keys);
    }

    @Test
    public void issueKeysAfter_pagesThroughEveryKey_andRemoveForgets() {
        List<String> keys = new ArrayList<>();
        String after = prefix;
        List<String> page;
        do {
            page = mirror.issueKeysAfter(after, 4);
            page.stream().filter(key -> key.startsWith(prefix)).forEach(keys::add);
            after = page.isEmpty() ? after : page.get(page.size() - 1);
        } while (page.size() == 4 && page.get(page.size() - 1).startsWith(prefix));

        assertEquals(6, keys.size());
        mirror.remove(key("3"));
        assertTrue(mirror.find(key("3")).isEmpty());
        assertEquals(5, mirror.ofIncident(incident, 10).size());
    }

    private String key(String n) {
        return prefix + n;
    }

    private void put(String n, String owner, String due, Instant closed) {
        mirror.put(new TrackedActionItem(key(n), incident, "OPS-1", "OPS", owner, Instant.parse(due), "High",
                ActionItemKind.PROCESS, Instant.parse("2026-11-01T00:00:00Z"), closed));
    }
}
