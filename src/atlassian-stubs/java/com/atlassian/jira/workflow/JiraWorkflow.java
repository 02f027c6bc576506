/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/workflow/WorkflowManager.html (Jira 7.0.8),
 * which takes and returns com.atlassian.jira.workflow.JiraWorkflow (an interface); String getName() is CONFIRMED
 * (code). Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.jira.workflow;

import com.opensymphony.workflow.loader.ActionDescriptor;
import java.util.Collection;

public interface JiraWorkflow {

    String getName();

    /**
     * Global, common and step actions whose name matches: https://docs.atlassian.com/jira/7.1.9/com/atlassian/jira/workflow/JiraWorkflow.html
     * (Jira 7.1.9, CONFIRMED doc); Jira 11.3: UNCONFIRMED.
     */
    Collection<ActionDescriptor> getActionsByName(String name);
}
