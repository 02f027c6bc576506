package io.hindsight.jira.rest;

import io.hindsight.jira.project.EnabledProject;
import java.util.List;

/** A project Hindsight is on or off for, on the wire, with the sentences saying what the call changed. */
public record EnabledProjectDto(String projectKey, String projectName, boolean enabled, boolean recordComments,
        boolean workflowMapped, List<String> changes) {

    static EnabledProjectDto from(EnabledProject project) {
        return new EnabledProjectDto(project.projectKey(), project.projectName(), project.enabled(),
                project.recordComments(), project.workflowMapped(), project.changes());
    }
}
