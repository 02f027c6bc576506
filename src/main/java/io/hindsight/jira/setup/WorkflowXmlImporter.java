package io.hindsight.jira.setup;

import com.atlassian.jira.workflow.ConfigurableJiraWorkflow;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.atlassian.jira.workflow.WorkflowUtil;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.opensymphony.workflow.FactoryException;

/** Turns OpenSymphony workflow XML into a Jira workflow object, through Jira's static WorkflowUtil. */
@JiraComponent
public class WorkflowXmlImporter {

    private final WorkflowManager workflowManager;

    public WorkflowXmlImporter(@JiraImport WorkflowManager workflowManager) {
        this.workflowManager = workflowManager;
    }

    /** An unsaved workflow named {@code name}; {@link FactoryException} when Jira rejects the XML. */
    public JiraWorkflow fromXml(String name, String xml) throws FactoryException {
        return new ConfigurableJiraWorkflow(name, WorkflowUtil.convertXMLtoWorkflowDescriptor(xml), workflowManager);
    }
}
