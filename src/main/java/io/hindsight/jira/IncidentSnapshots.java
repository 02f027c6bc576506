package io.hindsight.jira;

import io.hindsight.incident.IncidentRef;

/**
 * Port: the current state of an incident for the issue view. The incident domain's state store is meant to answer
 * it (key instants and deadlines are its to compute); until then {@code JiraFieldIncidentSnapshots} reads the
 * issue's own fields.
 */
public interface IncidentSnapshots {

    IncidentSnapshot snapshot(IncidentRef incident);
}
