package io.hindsight.incident;

/**
 * Port: what a user may do with an incident, as the host decides it (Jira: browse and edit permissions,
 * issue security levels). A {@code null} user key means an anonymous caller.
 */
public interface Permissions {

    boolean canView(String userKey, IncidentRef incident);

    boolean canEdit(String userKey, IncidentRef incident);
}
