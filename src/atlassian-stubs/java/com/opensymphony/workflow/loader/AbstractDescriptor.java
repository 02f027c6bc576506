/*
 * Compile-only stand-in, never packaged: Jira provides the real type (OSWorkflow).
 * Mirrors: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/plugin/workflow/WorkflowValidatorModuleDescriptor.html
 * (Jira 7.0.8): getHtml takes a com.opensymphony.workflow.loader.AbstractDescriptor, a class; Hindsight only receives
 * it in WorkflowPluginFactory.getVelocityParams, so no member is declared. CONFIRMED (doc); Jira 11.3: UNCONFIRMED.
 */
package com.opensymphony.workflow.loader;

public class AbstractDescriptor {

    /** The descriptor's id: for an action, the action id IssueService.validateTransition takes. */
    public int getId() {
        throw new UnsupportedOperationException("stand-in");
    }
}
