package io.hindsight.jira.project;

import java.util.List;
import java.util.Objects;

/**
 * A project Hindsight is on (or was just turned off) for, and what turning it on or off changed in Jira.
 *
 * @param workflowMapped whether the project's workflow scheme maps the Incident type to Hindsight's workflow now
 * @param changes        what this call changed, one sentence each; empty when nothing needed changing
 */
public record EnabledProject(String projectKey, String projectName, boolean enabled, boolean recordComments,
        boolean workflowMapped, List<String> changes) {

    public EnabledProject {
        Objects.requireNonNull(projectKey, "projectKey");
        changes = List.copyOf(changes);
    }
}
