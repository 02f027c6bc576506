/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Javadoc: https://docs.atlassian.com/jira/7.1.9/com/atlassian/jira/workflow/package-summary.html lists the class in
 * com.atlassian.jira.workflow; its constructor is not shown there.
 * Mirrors: the reference atlassian-api.md section 2.3: a class (via AbstractJiraWorkflow) implementing JiraWorkflow,
 * with the public constructor ConfigurableJiraWorkflow(String name, WorkflowDescriptor descriptor, WorkflowManager
 * workflowManager). CONFIRMED (code, Jira source and plugins that import workflows from XML); Jira 11.3: UNCONFIRMED.
 * The body below exists only so tests can read the name back; the host's class replaces it.
 */
package com.atlassian.jira.workflow;

import com.opensymphony.workflow.loader.ActionDescriptor;
import java.util.Collection;
import com.opensymphony.workflow.loader.WorkflowDescriptor;

public class ConfigurableJiraWorkflow implements JiraWorkflow {

    private final String name;

    public ConfigurableJiraWorkflow(String name, WorkflowDescriptor descriptor, WorkflowManager workflowManager) {
        this.name = name;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Collection<ActionDescriptor> getActionsByName(String actionName) {
        throw new UnsupportedOperationException("stand-in");
    }
}
