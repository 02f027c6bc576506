package io.hindsight.actionitem;

import io.hindsight.incident.IncidentRef;

/** Port: where an incident's action items are filed, as an administrator configured it. */
public interface ActionItemSettings {

    FollowUpSettings forIncident(IncidentRef incident);
}
