package io.hindsight.metrics;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.hindsight.actionitem.ActionItemKind;
import io.hindsight.actionitem.InMemoryActionItemMirror;
import io.hindsight.actionitem.TrackedActionItem;
import io.hindsight.incident.DeadlineClock;
import io.hindsight.incident.IncidentRef;
import io.hindsight.incident.IncidentState;
import io.hindsight.incident.IncidentStateStore;
import io.hindsight.incident.IncidentStatus;
import io.hindsight.incident.Severity;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;

public class IncidentSearchesTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final IncidentRef OPS_1 = new IncidentRef(1, "OPS-1", "OPS", "Checkout down");
    private static final IncidentRef SEC_1 = new IncidentRef(2, "SEC-1", "SEC", "Breach");

    private final InMemoryActionItemMirror mirror = new InMemoryActionItemMirror();
    private final IncidentStateStore states = mock(IncidentStateStore.class);
    private final Map<String, Set<String>> visible = Map.of("u-sam", Set.of("OPS"), "u-alex", Set.of("OPS", "SEC"));
    private final IncidentSearches searches = new IncidentSearches(mirror, states,
            key -> List.of(OPS_1, SEC_1).stream().filter(incident -> incident.key().equals(key)).findFirst(),
            user -> user == null ? Set.of() : visible.getOrDefault(user, Set.of()), Clock.fixed(NOW, ZoneOffset.UTC));

    @Before
    public void data() {
        item("ACT-1", OPS_1, "2026-11-19T00:00:00Z", null);
        item("ACT-2", OPS_1, "2026-11-25T00:00:00Z", null);
        item("ACT-3", SEC_1, "2026-11-10T00:00:00Z", null);
        item("ACT-4", OPS_1, "2026-11-10T00:00:00Z", Instant.parse("2026-11-09T00:00:00Z"));
        when(states.overdue(any(), any(), any(), anyLong(), anyInt())).thenReturn(List.of());
    }

    @Test
    public void actionItemsOf_listsTheIncidentsItems_onlyForWhoeverMaySeeIt() {
        assertEquals(List.of("ACT-1", "ACT-2", "ACT-4"), searches.actionItemsOf("u-sam", "OPS-1"));
        assertEquals(List.of(), searches.actionItemsOf("u-sam", "SEC-1"));
        assertEquals(List.of(), searches.actionItemsOf("u-sam", "OPS-999"));
        assertEquals(List.of("ACT-3"), searches.actionItemsOf("u-alex", "SEC-1"));
    }

    @Test
    public void overdueActionItems_areOpenAndPastDue_inVisibleProjects() {
        assertEquals(List.of("ACT-1"), searches.overdueActionItems("u-sam"));
        assertEquals(List.of("ACT-1", "ACT-3"), searches.overdueActionItems("u-alex"));
        assertEquals(List.of(), searches.overdueActionItems(null));
    }

    @Test
    public void breachedIncidents_ofOneSeverity_acrossEveryClock_withoutCancelledOnes() {
        IncidentState sev1 = state(OPS_1, Severity.SEV_1, IncidentStatus.RESOLVED);
        IncidentState sec = state(SEC_1, Severity.SEV_1, IncidentStatus.INVESTIGATING);
        when(states.overdue(eq(DeadlineClock.POSTMORTEM), eq(Instant.EPOCH), eq(NOW), eq(0L), anyInt()))
                .thenReturn(List.of(sev1));
        when(states.overdue(eq(DeadlineClock.PERSONAL_DATA_BREACH), eq(Instant.EPOCH), eq(NOW), eq(0L), anyInt()))
                .thenReturn(List.of(sec));
        IncidentState cancelled = state(new IncidentRef(3, "OPS-3", "OPS", "x"), Severity.SEV_1,
                IncidentStatus.CANCELLED);
        when(states.overdue(eq(DeadlineClock.EXECUTIVE_NOTIFICATION), eq(Instant.EPOCH), eq(NOW), eq(0L), anyInt()))
                .thenReturn(List.of(sev1, cancelled));

        assertEquals(List.of("OPS-1"), searches.breachedIncidents("u-sam", Severity.SEV_1));
        assertEquals(Set.of("OPS-1", "SEC-1"), Set.copyOf(searches.breachedIncidents("u-alex", Severity.SEV_1)));
        assertEquals(List.of(), searches.breachedIncidents("u-alex", Severity.SEV_2));
        assertEquals(List.of("OPS-1"), searches.postmortemOverdue("u-alex"));
    }

    private void item(String key, IncidentRef incident, String due, Instant closed) {
        mirror.put(new TrackedActionItem(key, incident.id(), incident.key(), incident.projectKey(), "u-vic",
                Instant.parse(due), "High", ActionItemKind.PROCESS, Instant.parse("2026-11-01T00:00:00Z"), closed));
    }

    private static IncidentState state(IncidentRef incident, Severity severity, IncidentStatus status) {
        IncidentState state = mock(IncidentState.class);
        when(state.incident()).thenReturn(incident);
        when(state.incidentId()).thenReturn(incident.id());
        when(state.severity()).thenReturn(severity);
        when(state.status()).thenReturn(status);
        return state;
    }

}
