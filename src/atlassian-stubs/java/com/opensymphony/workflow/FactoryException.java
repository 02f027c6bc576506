/*
 * Compile-only stand-in, never packaged: Jira provides the real type (OSWorkflow).
 * Javadoc: https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/workflow/JiraWorkflowFactory.html
 * (Jira's workflow factory builds on OSWorkflow's com.opensymphony.workflow.loader; FactoryException's own page was
 * not found).
 * Mirrors: the reference atlassian-api.md section 2.3 (WorkflowUtil.convertXMLtoWorkflowDescriptor throws
 * com.opensymphony.workflow.FactoryException, CONFIRMED code in Jira's source and several plugins); it extends
 * WorkflowException. No Javadoc page of its own was found: UNCONFIRMED by doc, Jira 11.3: UNCONFIRMED.
 * Hindsight only catches it.
 */
package com.opensymphony.workflow;

public class FactoryException extends WorkflowException {

    private static final long serialVersionUID = 1L;

    public FactoryException(String message) {
        super(message);
    }
}
