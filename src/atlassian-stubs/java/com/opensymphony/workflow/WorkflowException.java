/*
 * Compile-only stand-in, never packaged: Jira provides the real type (OSWorkflow).
 * Mirrors: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/workflow/SkippableValidator.html (Jira 7.0.8),
 * where Validator.validate throws it: a checked exception class. Its (String) constructor is CONFIRMED (code) in
 * workflow validators of public plugins; Jira 11.3: UNCONFIRMED. Hindsight only declares and catches it.
 */
package com.opensymphony.workflow;

public class WorkflowException extends Exception {

    private static final long serialVersionUID = 1L;

    public WorkflowException(String message) {
        super(message);
    }
}
