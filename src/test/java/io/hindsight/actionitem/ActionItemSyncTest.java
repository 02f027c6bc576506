package io.hindsight.actionitem;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.Test;

public class ActionItemSyncTest {

    private static final Instant CREATED = Instant.parse("2026-11-01T09:00:00Z");

    private final InMemoryActionItemMirror mirror = new InMemoryActionItemMirror();
    private final ActionItemSync sync = new ActionItemSync(mirror);

    private void mirrored() {
        mirror.put(new TrackedActionItem("ACT-1", 42, "OPS-2", "OPS", "u-vic",
                Instant.parse("2026-12-05T00:00:00Z"), "High", ActionItemKind.PROCESS, CREATED, null));
    }

    @Test
    public void resolved_reassigned_andDueDateMoved_replaceTheMirroredValues_keepingTheRest() {
        mirrored();

        assertTrue(sync.apply(new ActionItemIssue("ACT-1", "u-sam", LocalDate.of(2026, 12, 10),
                Instant.parse("2026-11-15T12:00:00Z"))));

        TrackedActionItem now = mirror.find("ACT-1").orElseThrow();
        assertEquals("u-sam", now.ownerKey());
        assertEquals(Instant.parse("2026-12-11T00:00:00Z"), now.dueAt());
        assertEquals(Instant.parse("2026-11-15T12:00:00Z"), now.closedAt());
        assertEquals(ActionItemKind.PROCESS, now.kind());
        assertEquals("High", now.priority());
    }

    @Test
    public void reopened_clearsTheResolution() {
        mirrored();
        sync.apply(new ActionItemIssue("ACT-1", "u-vic", LocalDate.of(2026, 12, 4), Instant.parse("2026-11-15T12:00:00Z")));

        sync.apply(new ActionItemIssue("ACT-1", "u-vic", LocalDate.of(2026, 12, 4), null));

        assertNull(mirror.find("ACT-1").orElseThrow().closedAt());
    }

    @Test
    public void theSameValuesAgain_changeNothing_andIssuesThatAreNotMirrored_areIgnored() {
        mirrored();

        assertFalse(sync.apply(new ActionItemIssue("ACT-1", "u-vic", LocalDate.of(2026, 12, 4), null)));
        assertFalse(sync.apply(new ActionItemIssue("BUG-9", "u-vic", null, null)));
        assertEquals(1, mirror.items.size());
    }

    @Test
    public void aResolutionBeforeTheMirroredCreation_countsAsClosedAtCreation() {
        mirrored();

        sync.apply(new ActionItemIssue("ACT-1", "u-vic", null, CREATED.minusSeconds(5)));

        assertEquals(CREATED, mirror.find("ACT-1").orElseThrow().closedAt());
    }

    @Test
    public void deleted_forgetsAMirroredIssueOnly() {
        mirrored();

        assertFalse(sync.deleted("BUG-9"));
        assertTrue(sync.deleted("ACT-1"));
        assertTrue(mirror.items.isEmpty());
    }
}
