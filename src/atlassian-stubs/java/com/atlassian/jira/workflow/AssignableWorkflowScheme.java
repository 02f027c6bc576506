/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/workflow/AssignableWorkflowScheme.Builder.html
 * and the reference atlassian-api.md section 2.3: an interface extending WorkflowScheme, with Builder builder(); its
 * nested interface Builder (binary name AssignableWorkflowScheme$Builder) extends WorkflowScheme.Builder<Builder> and
 * declares AssignableWorkflowScheme build(). CONFIRMED (doc) for Jira 7.x and (code) in plugins that map an issue type
 * to a workflow; Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.jira.workflow;

public interface AssignableWorkflowScheme extends WorkflowScheme {

    Builder builder();

    interface Builder extends WorkflowScheme.Builder<Builder> {

        AssignableWorkflowScheme build();
    }
}
