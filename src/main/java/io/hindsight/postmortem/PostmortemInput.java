package io.hindsight.postmortem;

import io.hindsight.incident.IncidentRef;
import io.hindsight.timeline.TimelineEvent;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a post-mortem page is generated from: the incident, its people, key instants and impact, its whole
 * timeline, its action items and related past incidents, and where the full timeline can be read.
 */
public record PostmortemInput(
        IncidentRef incident,
        PostmortemSeverity severity,
        String incidentStatus,
        PostmortemStatus status,
        IncidentPeople people,
        KeyInstants keyInstants,
        Impact impact,
        List<TimelineEvent> timeline,
        List<ActionItem> actionItems,
        List<RelatedIncident> relatedIncidents,
        String fullTimelineUrl) {

    public PostmortemInput {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(severity, "severity");
        incidentStatus = incidentStatus == null ? "" : incidentStatus;
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(people, "people");
        Objects.requireNonNull(keyInstants, "keyInstants");
        Objects.requireNonNull(impact, "impact");
        timeline = List.copyOf(timeline);
        actionItems = List.copyOf(actionItems);
        relatedIncidents = List.copyOf(relatedIncidents);
    }

    public Optional<String> fullTimelineUrlIfKnown() {
        return Optional.ofNullable(fullTimelineUrl).filter(url -> !url.isBlank());
    }
}
