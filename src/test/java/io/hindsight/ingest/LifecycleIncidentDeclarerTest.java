package io.hindsight.ingest;

import static io.hindsight.incident.IncidentStates.anIncident;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.hindsight.incident.DeclareIncidentCommand;
import io.hindsight.incident.IncidentChanges;
import io.hindsight.incident.IncidentCreator;
import io.hindsight.incident.IncidentRef;
import io.hindsight.incident.IncidentStateStore;
import io.hindsight.incident.IncidentStatus;
import io.hindsight.incident.NewIncident;
import io.hindsight.incident.Severity;
import io.hindsight.platform.ForbiddenException;
import java.util.Optional;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

public class LifecycleIncidentDeclarerTest {

    private static final IncidentRef OPS_12 = new IncidentRef(12L, "OPS-12", "OPS", "DiskFull firing");
    private static final String REASON = "Declared by Hindsight: prometheus rule 'all' matched DiskFull firing";

    private final IncidentCreator creator = mock(IncidentCreator.class);
    private final IncidentChanges changes = mock(IncidentChanges.class);
    private final IncidentStateStore states = mock(IncidentStateStore.class);
    private final LifecycleIncidentDeclarer declarer = new LifecycleIncidentDeclarer(creator, changes, states);

    @Test
    public void declare_createsAsTheOnBehalfOfUser_andAdoptsWithTheReason() {
        when(creator.create(eq("u-admin"), any())).thenReturn(OPS_12);
        when(changes.adopt(eq(OPS_12), eq("u-admin"), any(), eq(REASON)))
                .thenReturn(anIncident().on(OPS_12).in(IncidentStatus.DECLARED).build());

        IncidentRef declared = declarer.declare("OPS", Severity.SEV_2, "DiskFull firing", REASON, "u-admin");

        assertEquals(OPS_12, declared);
        verify(creator).create("u-admin", new NewIncident("OPS", "DiskFull firing", Severity.SEV_2, "u-admin"));
        ArgumentCaptor<DeclareIncidentCommand> command = ArgumentCaptor.forClass(DeclareIncidentCommand.class);
        verify(changes).adopt(eq(OPS_12), eq("u-admin"), command.capture(), eq(REASON));
        assertEquals(new DeclareIncidentCommand("OPS", "DiskFull firing", Severity.SEV_2, null, null, false, null),
                command.getValue());
    }

    @Test
    public void declare_whenTheUserMayNotCreate_adoptsNothing() {
        when(creator.create(anyString(), any())).thenThrow(new ForbiddenException("You may not create incidents."));

        assertThrows(ForbiddenException.class,
                () -> declarer.declare("OPS", Severity.SEV_2, "DiskFull firing", REASON, "u-admin"));

        verify(changes, never()).adopt(any(), any(), any(), any());
    }

    @Test
    public void isOpen_followsTheStoredStatus() {
        for (IncidentStatus status : IncidentStatus.values()) {
            when(states.find(12L)).thenReturn(Optional.of(anIncident().on(OPS_12).in(status).build()));

            assertEquals(status.name(), status.isOpen(), declarer.isOpen(OPS_12));
        }
        assertTrue(IncidentStatus.DECLARED.isOpen());
        assertFalse(IncidentStatus.RESOLVED.isOpen());
    }

    @Test
    public void isOpen_forAnIncidentHindsightDoesNotTrack_isTrue() {
        when(states.find(12L)).thenReturn(Optional.empty());

        assertTrue(declarer.isOpen(OPS_12));
    }
}
