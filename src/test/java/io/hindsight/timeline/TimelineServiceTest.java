package io.hindsight.timeline;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.hindsight.incident.IncidentAccess;
import io.hindsight.incident.IncidentDirectory;
import io.hindsight.incident.IncidentRef;
import io.hindsight.incident.Permissions;
import io.hindsight.platform.CurrentUser;
import io.hindsight.platform.ForbiddenException;
import io.hindsight.platform.InvalidInputException;
import io.hindsight.platform.NotFoundException;
import io.hindsight.platform.UnauthenticatedException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

/** {@link TimelineService} with its ports mocked: the rules it enforces before anything reaches the store. */
@SuppressWarnings("unchecked")
public class TimelineServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00.123456Z");
    private static final IncidentRef OPS_7 = new IncidentRef(10_007L, "OPS-7", "OPS", "Checkout down");
    private static final String USER = "JIRAUSER10000";

    private final IncidentDirectory directory = mock(IncidentDirectory.class);
    private final Permissions permissions = mock(Permissions.class);
    private final CurrentUser currentUser = mock(CurrentUser.class);
    private final TimelineStore store = mock(TimelineStore.class);
    private TimelineService service;

    @Before
    public void wire() {
        when(directory.findByKey("OPS-7")).thenReturn(Optional.of(OPS_7));
        when(directory.findByKey("OPS-8")).thenReturn(Optional.empty());
        when(currentUser.userKey()).thenReturn(Optional.of(USER));
        when(currentUser.requireUserKey()).thenReturn(USER);
        when(permissions.canView(USER, OPS_7)).thenReturn(true);
        when(permissions.canEdit(USER, OPS_7)).thenReturn(true);
        when(store.append(any())).thenAnswer(call -> new AppendResult(stored(call.getArgument(0)), true));
        service = new TimelineService(new IncidentAccess(directory, permissions, currentUser), store, currentUser,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    public void append_storesTheEntryAsTheCurrentUserRecordedNowToTheMillisecond() {
        service.append("OPS-7", note(null));

        NewTimelineEvent event = appended();
        assertEquals(OPS_7.id(), event.incidentId());
        assertEquals(USER, event.actorKey());
        assertEquals(Instant.parse("2026-03-01T12:00:00.123Z"), event.recordedAt());
        assertEquals(event.recordedAt(), event.occurredAt());
    }

    @Test
    public void append_keepsABackdatedInstantTruncatedToMilliseconds() {
        service.append("OPS-7", note(Instant.parse("2026-03-01T09:30:00.987654Z")));

        assertEquals(Instant.parse("2026-03-01T09:30:00.987Z"), appended().occurredAt());
    }

    @Test
    public void append_acceptsClockSkewUpToFiveMinutes() {
        service.append("OPS-7", note(NOW.plus(TimelineService.MAX_CLOCK_SKEW)));

        verify(store).append(any());
    }

    @Test
    public void append_rejectsAnInstantFarInTheFuture() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> service.append("OPS-7", note(NOW.plusSeconds(3600))));

        assertEquals("occurredAt", e.field());
        verify(store, never()).append(any());
    }

    @Test
    public void append_rejectsAnInstantBefore2000() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> service.append("OPS-7", note(Instant.ofEpochSecond(1_700_000))));

        assertEquals("occurredAt", e.field());
    }

    @Test
    public void append_answersNotFoundForAnIncidentTheUserMayNotSee() {
        when(permissions.canView(USER, OPS_7)).thenReturn(false);

        assertThrows(NotFoundException.class, () -> service.append("OPS-7", note(null)));
        assertThrows(NotFoundException.class, () -> service.append("OPS-8", note(null)));
        verify(store, never()).append(any());
    }

    @Test
    public void append_answersForbiddenForAViewOnlyUser() {
        when(permissions.canEdit(USER, OPS_7)).thenReturn(false);

        assertThrows(ForbiddenException.class, () -> service.append("OPS-7", note(null)));
        verify(store, never()).append(any());
    }

    @Test
    public void append_requiresASignedInUserEvenWhereAnonymousMayView() {
        when(currentUser.userKey()).thenReturn(Optional.empty());
        when(currentUser.requireUserKey()).thenThrow(new UnauthenticatedException());
        when(permissions.canView(null, OPS_7)).thenReturn(true);

        assertThrows(UnauthenticatedException.class, () -> service.append("OPS-7", note(null)));
    }

    @Test
    public void append_rejectsAMalformedIncidentKey() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> service.append("ops 7", note(null)));

        assertEquals("incidentKey", e.field());
    }

    @Test
    public void list_answersNotFoundForAnIncidentTheUserMayNotSee() {
        when(permissions.canView(USER, OPS_7)).thenReturn(false);

        assertThrows(NotFoundException.class,
                () -> service.list("OPS-7", TimelineQuery.firstPage(TimelineQuery.Order.NEWEST_FIRST, 10)));
        verify(store, never()).page(anyLong(), any());
    }

    @Test
    public void get_answersNotFoundForAnEntryOfAnotherIncident() {
        when(store.find(OPS_7.id(), 99L)).thenReturn(Optional.empty());

        assertThrows(NotFoundException.class, () -> service.get("OPS-7", 99L));
    }

    @Test
    public void hide_recordsTheCurrentUserNowAndTheReason() {
        TimelineEvent entry = stored(appendedEvent());
        when(store.find(OPS_7.id(), entry.id())).thenReturn(Optional.of(entry));
        when(store.hide(eq(OPS_7.id()), eq(entry.id()), any())).thenAnswer(call -> entry);

        service.hide("OPS-7", entry.id(), "  posted on the wrong incident ");

        ArgumentCaptor<TimelineEvent.Hidden> hidden = ArgumentCaptor.forClass(TimelineEvent.Hidden.class);
        verify(store).hide(eq(OPS_7.id()), eq(entry.id()), hidden.capture());
        assertEquals(new TimelineEvent.Hidden(USER, Instant.parse("2026-03-01T12:00:00.123Z"),
                "posted on the wrong incident"), hidden.getValue());
    }

    @Test
    public void hide_twiceAnswersAlreadyHidden() {
        TimelineEvent hidden = withHidden(stored(appendedEvent()));
        when(store.find(OPS_7.id(), hidden.id())).thenReturn(Optional.of(hidden));

        assertThrows(TimelineEventAlreadyHiddenException.class, () -> service.hide("OPS-7", hidden.id(), "again"));
        verify(store, never()).hide(anyLong(), anyLong(), any());
    }

    @Test
    public void hide_passesOnTheStoresAlreadyHiddenWhenAnotherNodeWasFirst() {
        TimelineEvent entry = stored(appendedEvent());
        TimelineEventAlreadyHiddenException lostRace = new TimelineEventAlreadyHiddenException(entry.id());
        when(store.find(OPS_7.id(), entry.id())).thenReturn(Optional.of(entry));
        when(store.hide(eq(OPS_7.id()), eq(entry.id()), any())).thenThrow(lostRace);

        assertSame(lostRace, assertThrows(TimelineEventAlreadyHiddenException.class,
                () -> service.hide("OPS-7", entry.id(), "duplicate")));
    }

    @Test
    public void hide_requiresAReason() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> service.hide("OPS-7", 1L, " "));

        assertEquals("reason", e.field());
    }

    @Test
    public void hide_answersForbiddenForAViewOnlyUser() {
        when(permissions.canEdit(USER, OPS_7)).thenReturn(false);

        assertThrows(ForbiddenException.class, () -> service.hide("OPS-7", 1L, "duplicate"));
    }

    @Test
    public void recordAll_storesTheBatchInOneCallAsTheGivenActorRecordedNow() {
        when(store.appendAll(any())).thenAnswer(call -> ((List<NewTimelineEvent>) call.getArgument(0)).stream()
                .map(event -> new AppendResult(stored(event), true)).toList());

        List<AppendResult> results = service.recordAll(OPS_7, null, List.of(note(null), note(NOW.minusSeconds(60))));

        ArgumentCaptor<List<NewTimelineEvent>> captor = ArgumentCaptor.forClass(List.class);
        verify(store).appendAll(captor.capture());
        assertEquals(2, results.size());
        assertEquals(List.of(Instant.parse("2026-03-01T12:00:00.123Z"), Instant.parse("2026-03-01T11:59:00.123Z")),
                captor.getValue().stream().map(NewTimelineEvent::occurredAt).toList());
        assertEquals(null, captor.getValue().get(0).actorKey());
    }

    @Test
    public void recordAll_ofSeveralIncidents_storesOneBatchAndAnswersPerIncident() {
        IncidentRef ops8 = new IncidentRef(10_008L, "OPS-8", "OPS", "Search slow");
        when(store.appendAll(any())).thenAnswer(call -> ((List<NewTimelineEvent>) call.getArgument(0)).stream()
                .map(event -> new AppendResult(stored(event), true)).toList());
        Map<IncidentRef, List<AppendTimelineEventCommand>> commands = new LinkedHashMap<>();
        commands.put(OPS_7, List.of(note(null), note(null)));
        commands.put(ops8, List.of(note(null)));

        Map<IncidentRef, List<AppendResult>> results = service.recordAll(null, commands);

        verify(store, times(1)).appendAll(any());
        assertEquals(List.of(OPS_7, ops8), List.copyOf(results.keySet()));
        assertEquals(List.of(OPS_7.id(), OPS_7.id()), results.get(OPS_7).stream().map(r -> r.event().incidentId()).toList());
        assertEquals(List.of(ops8.id()), results.get(ops8).stream().map(r -> r.event().incidentId()).toList());
    }

    @Test
    public void recordAll_storesNothingWhenOneEntryIsFarInTheFuture() {
        assertThrows(InvalidInputException.class, () -> service.recordAll(OPS_7, null,
                List.of(note(null), note(NOW.plusSeconds(3_600)))));

        verify(store, never()).appendAll(any());
    }

    @Test
    public void checkOccurredAt_namesTheFieldItWasGiven() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> service.checkOccurredAt(Instant.parse("1999-12-31T23:59:59Z"), "alerts[3].startsAt"));

        assertEquals("alerts[3].startsAt", e.field());
        assertTrue(e.getMessage(), e.getMessage().contains("alerts[3].startsAt is 1999-12-31T23:59:59Z"));
    }

    @Test
    public void export_checksViewPermissionBeforeReadingAnything() {
        when(permissions.canView(USER, OPS_7)).thenReturn(false);

        assertThrows(NotFoundException.class, () -> service.export("OPS-7", false));

        verify(store, never()).page(anyLong(), any());
    }

    @Test
    public void export_walksEveryPageOldestFirstAtTheLargestPageSize() {
        InMemoryTimelineStore memory = new InMemoryTimelineStore();
        for (int i = 0; i < 1_234; i++) {
            memory.append(NewTimelineEvents.anEvent().onIncident(OPS_7.id()).at(NOW.minusSeconds(5_000 - i)).build());
        }
        TimelineStore counting = spy(memory);
        TimelineService exporting = new TimelineService(new IncidentAccess(directory, permissions, currentUser),
                counting, currentUser, Clock.fixed(NOW, ZoneOffset.UTC));

        List<TimelineEvent> all = new ArrayList<>();
        exporting.export("OPS-7", false).events().forEach(all::add);

        assertEquals(1_234, all.size());
        assertEquals(all.stream().sorted(Comparator.comparing(TimelineEvent::occurredAt)).toList(), all);
        ArgumentCaptor<TimelineQuery> queries = ArgumentCaptor.forClass(TimelineQuery.class);
        verify(counting, times(3)).page(eq(OPS_7.id()), queries.capture());
        assertTrue(queries.getAllValues().stream().allMatch(query -> query.limit() == TimelineQuery.MAX_LIMIT));
    }

    private static AppendTimelineEventCommand note(Instant occurredAt) {
        return new AppendTimelineEventCommand(occurredAt, TimelineEventKind.NOTE, TimelineSource.MANUAL,
                "Restarted the checkout pods", null, null, null);
    }

    private NewTimelineEvent appended() {
        ArgumentCaptor<NewTimelineEvent> captor = ArgumentCaptor.forClass(NewTimelineEvent.class);
        verify(store).append(captor.capture());
        return captor.getValue();
    }

    private static NewTimelineEvent appendedEvent() {
        return NewTimelineEvents.anEvent().onIncident(OPS_7.id()).build();
    }

    private static TimelineEvent stored(NewTimelineEvent event) {
        return new TimelineEvent(42L, event.incidentId(), event.occurredAt(), event.recordedAt(), event.kind(),
                event.source(), event.actorKey(), event.summary(), event.details(), event.evidenceLink(),
                event.externalId(), null);
    }

    private static TimelineEvent withHidden(TimelineEvent event) {
        return new TimelineEvent(event.id(), event.incidentId(), event.occurredAt(), event.recordedAt(), event.kind(),
                event.source(), event.actorKey(), event.summary(), event.details(), event.evidenceLink(),
                event.externalId(), new TimelineEvent.Hidden("JIRAUSER1", NOW, "first"));
    }
}
