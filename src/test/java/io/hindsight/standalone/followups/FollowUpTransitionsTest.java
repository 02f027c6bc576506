package io.hindsight.standalone.followups;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.hindsight.actionitem.ActionItemKind;
import io.hindsight.actionitem.NewFollowUp;
import io.hindsight.actionitem.TrackedActionItem;
import io.hindsight.actionitem.ao.ActionItemAo;
import io.hindsight.actionitem.ao.AoActionItemMirror;
import io.hindsight.incident.IncidentAccess;
import io.hindsight.incident.IncidentRef;
import io.hindsight.incident.Permissions;
import io.hindsight.platform.ForbiddenException;
import io.hindsight.platform.InvalidInputException;
import io.hindsight.platform.NotFoundException;
import io.hindsight.standalone.ao.EntityManagerActiveObjects;
import io.hindsight.standalone.incidents.StandaloneIncidentAo;
import io.hindsight.standalone.incidents.StandaloneIncidentDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.H2Memory;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * {@link MirroringFollowUpTracker} and {@link FollowUpTransitions} on H2: a linked follow-up enters the metrics' mirror
 * as Jira's listener would put it there, and closing or reopening it follows, for editors of the incident only.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(H2Memory.class)
@Data(FollowUpTransitionsTest.Schema.class)
public class FollowUpTransitionsTest {

    private static final Instant CREATED = Instant.parse("2026-11-01T10:00:00Z");
    private static final Instant CLOSED = Instant.parse("2026-11-05T10:00:00Z");

    private EntityManager entityManager;
    private final AtomicReference<String> user = new AtomicReference<>("u-editor");
    private AoActionItemMirror mirror;
    private FollowUpTransitions transitions;
    private StandaloneFollowUpTracker issues;
    private IncidentAccess access;
    private String issueKey;
    private IncidentRef incident;

    @Before
    public void linkAFollowUp() {
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(entityManager);
        StandaloneIncidentDirectory incidents = new StandaloneIncidentDirectory(ao);
        issues = new StandaloneFollowUpTracker(ao, incidents);
        mirror = new AoActionItemMirror(ao);
        incident = incidents.create("OPS" + (System.nanoTime() % 100_000), "Checkout down");
        Map<String, String> keysByName = Map.of("sam", "u1002");
        MirroringFollowUpTracker tracker = new MirroringFollowUpTracker(issues, incidents, mirror,
                name -> Optional.ofNullable(keysByName.get(name)), Clock.fixed(CREATED, ZoneOffset.UTC));
        issueKey = tracker.create(new NewFollowUp("ACT", "Task", "Add a config check", "From the post-mortem", "sam",
                LocalDate.parse("2026-11-20"), "High", List.of("hindsight-item-1")));
        tracker.linkToIncident(issueKey, incident.key(), "action item of");
        Permissions permissions = new Permissions() {
            @Override
            public boolean canView(String userKey, IncidentRef ref) {
                return !"u-outsider".equals(userKey);
            }

            @Override
            public boolean canEdit(String userKey, IncidentRef ref) {
                return "u-editor".equals(userKey);
            }
        };
        access = new IncidentAccess(incidents, permissions, () -> Optional.of(user.get()));
        transitions = new FollowUpTransitions(issues, access, mirror, Clock.fixed(CLOSED, ZoneOffset.UTC));
    }

    @Test
    public void linkedFollowUp_isMirroredOpenWithItsOwnerKeyAndDueInstant() {
        TrackedActionItem item = mirror.find(issueKey).orElseThrow();

        assertEquals(incident.key(), item.incidentKey());
        assertEquals(incident.projectKey(), item.projectKey());
        assertEquals("u1002", item.ownerKey());
        assertEquals(Instant.parse("2026-11-20T00:00:00Z"), item.dueAt());
        assertEquals(CREATED, item.createdAt());
        assertEquals(ActionItemKind.SHORT_TERM, item.kind());
        assertTrue(item.isOpen());
    }

    @Test
    public void done_closesTheIssueAndItsCopy_andToDoReopensBoth() {
        assertEquals("Done", transitions.move(issueKey, " Done ").status());
        assertEquals(CLOSED, mirror.find(issueKey).orElseThrow().closedAt());

        assertEquals("To Do", transitions.move(issueKey, "to-do").status());
        assertNull(mirror.find(issueKey).orElseThrow().closedAt());
    }

    @Test
    public void closingTwice_keepsTheFirstClosingInstant() {
        transitions.move(issueKey, "done");
        FollowUpTransitions aDayLater = new FollowUpTransitions(issues, access, mirror,
                Clock.fixed(CLOSED.plusSeconds(86_400), ZoneOffset.UTC));

        assertEquals("Done", aDayLater.move(issueKey, "done").status());
        assertEquals(CLOSED, mirror.find(issueKey).orElseThrow().closedAt());
    }

    @Test
    public void viewer_isForbidden_outsider_andUnknownIssue_areNotFound_badStatus_isRefused() {
        user.set("u-viewer");
        assertThrows(ForbiddenException.class, () -> transitions.move(issueKey, "done"));
        user.set("u-outsider");
        assertThrows(NotFoundException.class, () -> transitions.move(issueKey, "done"));
        user.set("u-editor");
        assertThrows(NotFoundException.class, () -> transitions.move("ACT-99999", "done"));
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> transitions.move(issueKey, "closed"));
        assertEquals("status", bad.field());
        assertTrue(mirror.find(issueKey).orElseThrow().isOpen());
    }

    /** Migrates the host's incident and issue tables and the action-item mirror. */
    public static final class Schema implements DatabaseUpdater {

        @Override
        @SuppressWarnings("unchecked")
        public void update(EntityManager entityManager) throws Exception {
            entityManager.migrate(StandaloneIncidentAo.class, StandaloneIssueAo.class, ActionItemAo.class);
        }
    }
}
