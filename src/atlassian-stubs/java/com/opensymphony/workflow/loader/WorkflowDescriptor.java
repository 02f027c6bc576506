/*
 * Compile-only stand-in, never packaged: Jira provides the real type (OSWorkflow).
 * Mirrors: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/workflow/WorkflowManager.html (Jira 7.0.8) and
 * the reference atlassian-api.md section 2.3: a class (not an interface) that Hindsight only passes from
 * WorkflowUtil to ConfigurableJiraWorkflow, so no member is declared. CONFIRMED (code); Jira 11.3: UNCONFIRMED.
 */
package com.opensymphony.workflow.loader;

public class WorkflowDescriptor {
}
