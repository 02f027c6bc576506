package io.hindsight.standalone.incidents;

import io.hindsight.incident.IncidentRef;
import io.hindsight.incident.Severity;
import io.hindsight.ingest.IncidentDeclarer;
import io.hindsight.timeline.AppendTimelineEventCommand;
import io.hindsight.timeline.TimelineEventKind;
import io.hindsight.timeline.TimelineService;
import io.hindsight.timeline.TimelineSource;

/**
 * Declares incidents for ingestion in the embedded host: a new incident in its directory, and the "declared" entry
 * on its timeline. The embedded host has no incident lifecycle, so every incident counts as open.
 */
public final class StandaloneIncidentDeclarer implements IncidentDeclarer {

    private final StandaloneIncidentDirectory incidents;
    private final TimelineService timeline;

    public StandaloneIncidentDeclarer(StandaloneIncidentDirectory incidents, TimelineService timeline) {
        this.incidents = incidents;
        this.timeline = timeline;
    }

    @Override
    public IncidentRef declare(String projectKey, Severity severity, String summary, String reason,
            String onBehalfOfUserKey) {
        IncidentRef incident = incidents.create(projectKey, summary);
        timeline.record(incident, null, new AppendTimelineEventCommand(null, TimelineEventKind.DECLARED,
                TimelineSource.HINDSIGHT, "Incident declared at " + severity.code() + " (" + severity.label() + ")",
                reason, null, "declared"));
        return incident;
    }

    @Override
    public boolean isOpen(IncidentRef incident) {
        return true;
    }
}
