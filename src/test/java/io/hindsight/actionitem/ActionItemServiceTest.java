package io.hindsight.actionitem;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.hindsight.incident.IncidentAccess;
import io.hindsight.incident.IncidentRef;
import io.hindsight.platform.ConflictException;
import io.hindsight.platform.ForbiddenException;
import io.hindsight.platform.InvalidInputException;
import io.hindsight.platform.NotFoundException;
import io.hindsight.postmortem.ActionItemPriority;
import io.hindsight.timeline.AppendTimelineEventCommand;
import io.hindsight.timeline.TimelineEventKind;
import io.hindsight.timeline.TimelineService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

public class ActionItemServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final IncidentRef OPS_2 = new IncidentRef(42, "OPS-2", "OPS", "Checkout slow");

    private final ActionItemTracker tracker = mock(ActionItemTracker.class);
    private final TimelineService timeline = mock(TimelineService.class);
    private final InMemoryActionItemMirror mirror = new InMemoryActionItemMirror();
    private final Set<String> editors = Set.of("u-sam");
    private final ActionItemService service = new ActionItemService(
            new IncidentAccess(key -> key.equals("OPS-2") ? Optional.of(OPS_2) : Optional.empty(),
                    new io.hindsight.incident.Permissions() {
                        @Override
                        public boolean canView(String userKey, IncidentRef incident) {
                            return "u-sam".equals(userKey) || "u-vic".equals(userKey);
                        }

                        @Override
                        public boolean canEdit(String userKey, IncidentRef incident) {
                            return editors.contains(userKey);
                        }
                    }, this::caller),
            tracker, incident -> FollowUpSettings.inProject("ACT"), mirror, timeline, this::caller,
            Clock.fixed(NOW, ZoneOffset.UTC));
    private String caller = "u-sam";

    private Optional<String> caller() {
        return Optional.ofNullable(caller);
    }

    private AddActionItemCommand command(LocalDate due) {
        return new AddActionItemCommand("Alert on pool saturation", "u-vic", due, ActionItemPriority.HIGH,
                ActionItemKind.SHORT_TERM);
    }

    @Test
    public void add_filesTheIssueInTheConfiguredProject_linksIt_mirrorsIt_andNotesItOnTheTimeline() {
        when(tracker.assignableName("ACT", "u-vic")).thenReturn(Optional.of("vic"));
        when(tracker.create(any())).thenReturn("ACT-7");

        ActionItemService.Added added = service.add("OPS-2", command(LocalDate.of(2026, 12, 4)));

        ArgumentCaptor<NewFollowUp> filed = ArgumentCaptor.forClass(NewFollowUp.class);
        verify(tracker).create(filed.capture());
        assertEquals("ACT", filed.getValue().projectKey());
        assertEquals("vic", filed.getValue().assigneeName());
        assertEquals("High", filed.getValue().priorityName());
        assertTrue(filed.getValue().labels().contains("action-item-short-term"));
        verify(tracker).linkToIncident("ACT-7", "OPS-2", "Action item");
        TrackedActionItem mirrored = mirror.find("ACT-7").orElseThrow();
        assertEquals(42, mirrored.incidentId());
        assertEquals("OPS", mirrored.projectKey());
        assertEquals("u-vic", mirrored.ownerKey());
        assertEquals(Instant.parse("2026-12-05T00:00:00Z"), mirrored.dueAt());
        assertEquals(ActionItemStatus.OPEN, added.view().status());
        assertNull(added.warning());
        ArgumentCaptor<AppendTimelineEventCommand> noted = ArgumentCaptor.forClass(AppendTimelineEventCommand.class);
        verify(timeline).record(eq(OPS_2), eq("u-sam"), noted.capture());
        assertEquals(TimelineEventKind.FOLLOW_UP_LINKED, noted.getValue().kind());
        assertEquals("action-item:ACT-7", noted.getValue().externalId());
    }

    @Test
    public void anOwnerWhoCannotBeAssigned_isA400OnOwner_andNothingIsFiled() {
        when(tracker.assignableName("ACT", "u-vic")).thenReturn(Optional.empty());

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> service.add("OPS-2", command(LocalDate.of(2026, 12, 4))));

        assertEquals("owner", refused.field());
        verify(tracker, never()).create(any());
        assertTrue(mirror.items.isEmpty());
    }

    @Test
    public void aDueDateInThePast_isA400OnDue_butTodayIsAllowed() {
        when(tracker.assignableName("ACT", "u-vic")).thenReturn(Optional.of("vic"));
        when(tracker.create(any())).thenReturn("ACT-8");

        assertEquals("due", assertThrows(InvalidInputException.class,
                () -> service.add("OPS-2", command(LocalDate.of(2026, 11, 19)))).field());
        assertEquals("ACT-8", service.add("OPS-2", command(LocalDate.of(2026, 11, 20))).view().item().issueKey());
    }

    @Test
    public void aViewer_isForbidden_andAStranger_seesNoIncident() {
        caller = "u-vic";
        assertThrows(ForbiddenException.class, () -> service.add("OPS-2", command(LocalDate.of(2026, 12, 4))));
        caller = "u-olga";
        assertThrows(NotFoundException.class, () -> service.add("OPS-2", command(LocalDate.of(2026, 12, 4))));
        assertThrows(NotFoundException.class, () -> service.list("OPS-2"));
        verify(tracker, never()).create(any());
    }

    @Test
    public void aTrackerThatIsDown_isAConflict_andALinkThatFails_isAWarningOnACreatedItem() {
        when(tracker.assignableName("ACT", "u-vic")).thenReturn(Optional.of("vic"));
        when(tracker.create(any())).thenThrow(new FollowUpFailure(FollowUpFailure.Kind.UNAVAILABLE, "Jira is down"));
        assertThrows(ConflictException.class, () -> service.add("OPS-2", command(LocalDate.of(2026, 12, 4))));

        ActionItemTracker linkless = mock(ActionItemTracker.class);
        when(linkless.assignableName("ACT", "u-vic")).thenReturn(Optional.of("vic"));
        when(linkless.create(any())).thenReturn("ACT-9");
        org.mockito.Mockito.doThrow(new FollowUpFailure(FollowUpFailure.Kind.NOT_FOUND, "No link type"))
                .when(linkless).linkToIncident(any(), any(), any());
        ActionItemService.Added added = new ActionItemService(new IncidentAccess(key -> Optional.of(OPS_2),
                new io.hindsight.incident.Permissions() {
                    @Override
                    public boolean canView(String userKey, IncidentRef incident) {
                        return true;
                    }

                    @Override
                    public boolean canEdit(String userKey, IncidentRef incident) {
                        return true;
                    }
                }, this::caller), linkless, incident -> FollowUpSettings.inProject("ACT"), mirror, timeline,
                this::caller, Clock.fixed(NOW, ZoneOffset.UTC)).add("OPS-2", command(LocalDate.of(2026, 12, 4)));
        assertTrue(added.warning(), added.warning().contains("No link type"));
        assertTrue(mirror.find("ACT-9").isPresent());
    }

    @Test
    public void list_givesEachItemItsStatusNow() {
        mirror.put(item("ACT-1", Instant.parse("2026-11-25T00:00:00Z"), null));
        mirror.put(item("ACT-2", Instant.parse("2026-11-18T00:00:00Z"), null));
        mirror.put(item("ACT-3", Instant.parse("2026-11-18T00:00:00Z"), Instant.parse("2026-11-17T00:00:00Z")));
        mirror.put(item("ACT-4", null, null));

        List<ActionItemView> views = service.list("OPS-2");

        assertEquals(List.of(ActionItemStatus.OPEN, ActionItemStatus.OVERDUE, ActionItemStatus.DONE,
                ActionItemStatus.OPEN), views.stream().map(ActionItemView::status).toList());
    }

    private static TrackedActionItem item(String key, Instant due, Instant closed) {
        return new TrackedActionItem(key, 42, "OPS-2", "OPS", "u-vic", due, "High", ActionItemKind.PROCESS,
                Instant.parse("2026-11-01T00:00:00Z"), closed);
    }
}
