/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/plugin/workflow/WorkflowPermissionValidatorPluginFactory.html
 * (Jira 7.0.8), which lists getDescriptorParams and getVelocityParams as inherited from this interface, and Jira's
 * source in public code: Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor) fills
 * the view/input/edit templates of a workflow module; Map<String, ?> getDescriptorParams(Map<String, Object>
 * formParams) turns the edit form into the module's args. CONFIRMED (doc, code) for Jira 7.x; Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;
import java.util.Map;

public interface WorkflowPluginFactory {

    Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor);

    Map<String, ?> getDescriptorParams(Map<String, Object> formParams);
}
