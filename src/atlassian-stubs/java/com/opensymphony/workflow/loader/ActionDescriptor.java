/*
 * Compile-only stand-in, never packaged: Jira bundles OpenSymphony OSWorkflow.
 * Javadoc: https://docs.atlassian.com/jira/7.1.9/com/atlassian/jira/workflow/JiraWorkflow.html (getActionsByName
 * returns Collection<com.opensymphony.workflow.loader.ActionDescriptor>).
 * Mirrors: OSWorkflow's ActionDescriptor, a public class extending AbstractDescriptor with String getName(); int
 * getId() is AbstractDescriptor's. CONFIRMED (code, Jira scripts and plugins); Jira 11.3: UNCONFIRMED.
 */
package com.opensymphony.workflow.loader;

public class ActionDescriptor extends AbstractDescriptor {

    public String getName() {
        throw new UnsupportedOperationException("stand-in");
    }
}
