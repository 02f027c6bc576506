package io.hindsight.ingest;

import io.hindsight.incident.DeclareIncidentCommand;
import io.hindsight.incident.IncidentChanges;
import io.hindsight.incident.IncidentCreator;
import io.hindsight.incident.IncidentRef;
import io.hindsight.incident.IncidentStateStore;
import io.hindsight.incident.NewIncident;
import io.hindsight.incident.Severity;

/**
 * Declares incidents for ingestion through the full incident lifecycle: the host creates its record, Hindsight adopts
 * it with severity, status and deadlines, exactly as a person's declaration does.
 *
 * <p>Unlike {@link io.hindsight.incident.IncidentService#declare} it checks no current user: the webhook has
 * authenticated its sender already, and the {@link IncidentCreator} checks that the on-behalf-of user may create
 * incidents in the project.
 *
 * <p>Not final only so that each host can declare it as a component by subclassing; nothing overrides it.
 */
public class LifecycleIncidentDeclarer implements IncidentDeclarer {

    private final IncidentCreator creator;
    private final IncidentChanges changes;
    private final IncidentStateStore states;

    public LifecycleIncidentDeclarer(IncidentCreator creator, IncidentChanges changes, IncidentStateStore states) {
        this.creator = creator;
        this.changes = changes;
        this.states = states;
    }

    @Override
    public IncidentRef declare(String projectKey, Severity severity, String summary, String reason,
            String onBehalfOfUserKey) {
        DeclareIncidentCommand command = new DeclareIncidentCommand(projectKey, summary, severity, null, null, false,
                null);
        changes.checkDeclaration(command);
        IncidentRef incident = creator.create(onBehalfOfUserKey,
                new NewIncident(projectKey, command.summary(), severity, onBehalfOfUserKey));
        return changes.adopt(incident, onBehalfOfUserKey, command, reason).incident();
    }

    /**
     * Open while its stored status is; an incident Hindsight does not track (created in the host before Hindsight,
     * or its state lost) counts as open, so alerts keep joining it rather than declaring a duplicate.
     */
    @Override
    public boolean isOpen(IncidentRef incident) {
        return states.find(incident.id()).map(state -> state.status().isOpen()).orElse(true);
    }
}
