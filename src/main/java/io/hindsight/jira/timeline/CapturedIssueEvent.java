package io.hindsight.jira.timeline;

import io.hindsight.incident.IncidentRef;
import java.time.Instant;
import java.util.Objects;

/**
 * What Hindsight keeps of a Jira issue event on the request thread, cheaply, before the timeline is written on
 * another thread: no database access happens until then.
 *
 * @param eventTypeId    Jira's event type (1 created, 6 commented, 13 generic, ...)
 * @param actorKey       the user key of whoever caused the event; null for a system change
 * @param issueCreatedAt when the issue was created, for the declaration entry
 * @param changeGroupId  the id of the change group written with the event; null when no field changed
 * @param commentId      the comment added with the event, if any and if the project records comments
 */
public record CapturedIssueEvent(IncidentRef incident, Long eventTypeId, String actorKey, Instant issueCreatedAt,
        Long changeGroupId, Long commentId, String commentBody) {

    public CapturedIssueEvent {
        Objects.requireNonNull(incident, "incident");
    }

    @Override
    public String toString() {
        return "event type " + eventTypeId + " on " + incident.key()
                + (changeGroupId == null ? "" : ", change group " + changeGroupId);
    }
}
