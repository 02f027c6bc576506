/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Javadoc: https://docs.atlassian.com/jira/7.1.9/com/atlassian/jira/workflow/package-summary.html lists the class in
 * com.atlassian.jira.workflow; the method is not shown there.
 * Mirrors: the reference atlassian-api.md section 2.3: a class of static helpers; static WorkflowDescriptor
 * convertXMLtoWorkflowDescriptor(String xml) throws com.opensymphony.workflow.FactoryException. CONFIRMED (code, Jira
 * source and plugins, e.g. cures-hub/cures-condec-jira creating workflows from XML at install time); no Javadoc page
 * found by the docs search; Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.jira.workflow;

import com.opensymphony.workflow.FactoryException;
import com.opensymphony.workflow.loader.WorkflowDescriptor;

public class WorkflowUtil {

    public static WorkflowDescriptor convertXMLtoWorkflowDescriptor(String xml) throws FactoryException {
        throw new UnsupportedOperationException("stand-in");
    }
}
