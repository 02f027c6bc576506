package io.hindsight.postmortem.workflow;

import io.hindsight.incident.IncidentService;
import io.hindsight.incident.RecordPostmortemCommand;
import io.hindsight.postmortem.PostmortemInput;
import io.hindsight.postmortem.PostmortemStatus;
import java.util.function.Function;

/** The incident side of a post-mortem on the incident services of the same host (Jira, the embedded host). */
public final class IncidentServicePostmortems implements IncidentPostmortems {

    private final IncidentService incidents;
    private final PostmortemSources sources;
    private final Function<String, String> timelineUrls;

    /** {@code timelineUrls} gives the address of an incident's full timeline from its key. */
    public IncidentServicePostmortems(IncidentService incidents, PostmortemSources sources,
                                      Function<String, String> timelineUrls) {
        this.incidents = incidents;
        this.sources = sources;
        this.timelineUrls = timelineUrls;
    }

    @Override
    public PostmortemInput source(String incidentKey) {
        return sources.read(incidentKey, timelineUrls.apply(incidentKey));
    }

    @Override
    public void requireVisible(String incidentKey) {
        incidents.get(incidentKey);
    }

    @Override
    public void recordStatus(String incidentKey, String pageUrl, PostmortemStatus status) {
        incidents.recordPostmortem(incidentKey,
                new RecordPostmortemCommand(pageUrl, PostmortemSources.incidentStatus(status)));
    }
}
