/*
 * Compile-only stand-in, never packaged: Jira provides the real type (OSWorkflow).
 * Mirrors: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/workflow/validator/NotNullPermissionValidator.html
 * (Jira 7.0.8), where validate throws com.opensymphony.workflow.InvalidInputException; it extends WorkflowException
 * and its (String error) constructor carries a general error message that Jira shows on the transition screen
 * (constructors listed on the OSWorkflow fork's page
 * http://oswf.sourceforge.net/javadoc/core/net/sf/oswf/exceptions/InvalidInputException.html and used by ScriptRunner's
 * documented validators, https://docs.adaptavist.com/sr4js/8.2.1/features/workflows/validators/custom-validators).
 * CONFIRMED (doc) for the type; the constructor: CONFIRMED (code); Jira 11.3: UNCONFIRMED.
 */
package com.opensymphony.workflow;

public class InvalidInputException extends WorkflowException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String error) {
        super(error);
    }
}
