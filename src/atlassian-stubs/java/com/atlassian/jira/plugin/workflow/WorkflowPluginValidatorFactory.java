/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/plugin/workflow/WorkflowValidatorModuleDescriptor.html
 * (Jira 7.0.8): the workflow-validator module's class must be a WorkflowPluginValidatorFactory (the descriptor is an
 * AbstractWorkflowModuleDescriptor<WorkflowPluginValidatorFactory>); it extends WorkflowPluginFactory and adds no
 * method that Hindsight implements. The module descriptor also registers the validator-class with Jira's workflow
 * engine, which is what lets workflow XML name a plugin's validator. CONFIRMED (doc) for Jira 7.0.8; Jira 11.3:
 * UNCONFIRMED.
 */
package com.atlassian.jira.plugin.workflow;

public interface WorkflowPluginValidatorFactory extends WorkflowPluginFactory {
}
