package io.hindsight.jira.workflow;

import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import java.util.Map;

/**
 * The workflow-validator module's factory for {@link PostmortemPublishedValidator}. The validator takes no settings,
 * so its editor templates get nothing and its descriptor keeps no arguments.
 */
public class PostmortemValidatorFactory implements WorkflowPluginValidatorFactory {

    @Override
    public Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor) {
        return Map.of();
    }

    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        return Map.of();
    }
}
