/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: https://docs.atlassian.com/jira/server/com/atlassian/jira/workflow/DefaultWorkflowSchemeManager.html
 * (Jira 7.x), which implements it, and the reference atlassian-api.md section 2.3: an interface with
 * AssignableWorkflowScheme getWorkflowSchemeObj(Project) and AssignableWorkflowScheme
 * updateWorkflowScheme(AssignableWorkflowScheme). CONFIRMED (code, BlackDuck and ConDec plugins); Jira 11.3:
 * UNCONFIRMED. Creating a new scheme (assignableBuilder, createScheme, addSchemeToProject) is not used: UNCONFIRMED.
 */
package com.atlassian.jira.workflow;

import com.atlassian.jira.project.Project;

public interface WorkflowSchemeManager {

    AssignableWorkflowScheme getWorkflowSchemeObj(Project project);

    AssignableWorkflowScheme updateWorkflowScheme(AssignableWorkflowScheme scheme);
}
