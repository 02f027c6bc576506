package io.hindsight.incident;

/** What the host needs to create an incident's own record (a Jira issue of type Incident and its fields). */
public record NewIncident(String projectKey, String summary, Severity severity, String commanderKey) {
}
