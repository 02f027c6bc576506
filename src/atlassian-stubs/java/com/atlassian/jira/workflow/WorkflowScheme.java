/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/workflow/WorkflowScheme.Builder.html
 * and https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/workflow/MockAssignableWorkflowScheme.MockBuilder.html
 * (Jira 7.0.8): WorkflowScheme is an interface (isDefault(), getConfiguredWorkflow(String issueTypeId), getName());
 * its nested Builder is generic, "WorkflowScheme.Builder<T extends WorkflowScheme.Builder<T>>", and declares
 * T setMapping(String issueTypeId, String workflowName) and T removeMapping(String issueTypeId). Linkage: the erasure
 * of T is WorkflowScheme$Builder, so a call through AssignableWorkflowScheme.Builder compiles to a method returning
 * WorkflowScheme$Builder plus a checkcast - exactly what the real interfaces produce, because AssignableWorkflowScheme
 * .Builder inherits these methods rather than redeclaring them (its page lists only setName, setDescription and
 * build). CONFIRMED (doc) for Jira 7.x; getConfiguredWorkflow and isDefault on the scheme itself: CONFIRMED (code,
 * reference atlassian-api.md section 2.3); Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.jira.workflow;

public interface WorkflowScheme {

    String getName();

    boolean isDefault();

    /** The workflow explicitly mapped to the issue type, or null when the type falls back to the default. */
    String getConfiguredWorkflow(String issueTypeId);

    interface Builder<T extends Builder<T>> {

        T setMapping(String issueTypeId, String workflowName);

        T removeMapping(String issueTypeId);
    }
}
