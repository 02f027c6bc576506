/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/workflow/WorkflowManager.html (Jira 7.0.8),
 * which takes and returns com.atlassian.jira.workflow.JiraWorkflow (an interface); String getName() is CONFIRMED
 * (code). Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.jira.workflow;

public interface JiraWorkflow {

    String getName();
}
