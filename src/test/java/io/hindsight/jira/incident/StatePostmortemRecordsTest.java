package io.hindsight.jira.incident;

import static io.hindsight.incident.IncidentStates.OPS_7;
import static io.hindsight.incident.IncidentStates.T0;
import static io.hindsight.incident.IncidentStates.anIncident;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.hindsight.incident.InMemoryIncidentStateStore;
import io.hindsight.incident.PostmortemStatus;
import org.junit.Test;

public class StatePostmortemRecordsTest {

    private final InMemoryIncidentStateStore states = new InMemoryIncidentStateStore();
    private final StatePostmortemRecords records = new StatePostmortemRecords(states);

    @Test
    public void isPublished_readsTheIncidentsStoredPostmortem() {
        states.insert(anIncident().withPostmortem(PostmortemStatus.PUBLISHED, T0).build());

        assertTrue(records.isPublished(OPS_7));
    }

    @Test
    public void isPublished_isFalseForAnIncidentHindsightDoesNotTrack() {
        assertFalse(records.isPublished(OPS_7));
    }
}
