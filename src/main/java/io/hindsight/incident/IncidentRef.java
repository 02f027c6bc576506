package io.hindsight.incident;

import java.util.Objects;

/**
 * What the other features need to know of an incident: its stable id (the Jira issue id in production),
 * its current key and its project.
 */
public record IncidentRef(long id, String key, String projectKey, String summary) {

    public IncidentRef {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(projectKey, "projectKey");
        summary = summary == null ? "" : summary;
    }
}
