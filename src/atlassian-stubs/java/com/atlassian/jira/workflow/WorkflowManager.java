/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/workflow/WorkflowManager.html (Jira 7.0.8): a
 * @PublicApi interface with void createWorkflow(ApplicationUser creator, JiraWorkflow workflow) and JiraWorkflow
 * getWorkflow(String name) (null when absent). CONFIRMED (doc) for Jira 7.0.8 and (code) in plugins; Jira 11.3:
 * UNCONFIRMED. Step statuses named in the workflow XML must exist before createWorkflow.
 */
package com.atlassian.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

public interface WorkflowManager {

    JiraWorkflow getWorkflow(String name);

    /** The workflow the issue moves through (UNCONFIRMED for Jira 11.3, CONFIRMED code in Jira 7-9 plugins). */
    JiraWorkflow getWorkflow(Issue issue);

    void createWorkflow(ApplicationUser creator, JiraWorkflow workflow);
}
