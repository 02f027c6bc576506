package io.hindsight.jira.setup;

import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.workflow.WorkflowManager;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.opensymphony.workflow.FactoryException;
import io.hindsight.incident.IncidentStatus;
import io.hindsight.jira.HindsightJiraSettings;
import io.hindsight.jira.workflow.IncidentWorkflowXml;
import java.util.EnumMap;
import java.util.Map;

/**
 * Makes sure the Hindsight workflow exists: finds or creates its statuses first (the XML refers to them by id), then
 * imports the bundled XML with those ids filled in. An existing workflow is left as it is, edits included.
 */
@JiraComponent
public class IncidentWorkflowInstaller {

    static final String SUBJECT = "workflow " + IncidentWorkflowXml.WORKFLOW_NAME;

    private final WorkflowManager workflowManager;
    private final IncidentStatusesInstaller statuses;
    private final WorkflowXmlImporter importer;
    private final HindsightJiraSettings settings;

    public IncidentWorkflowInstaller(@JiraImport WorkflowManager workflowManager, IncidentStatusesInstaller statuses,
            WorkflowXmlImporter importer, HindsightJiraSettings settings) {
        this.workflowManager = workflowManager;
        this.statuses = statuses;
        this.importer = importer;
        this.settings = settings;
    }

    /** @param creator the admin who asked, or null when Jira starts the plugin (nobody is signed in then) */
    public void ensure(ApplicationUser creator, SetupLog log) {
        if (workflowManager.getWorkflow(IncidentWorkflowXml.WORKFLOW_NAME) != null) {
            log.present(SUBJECT, "left as it is; Hindsight does not overwrite edits");
            return;
        }
        Map<IncidentStatus, Status> found = statuses.ensure(log);
        if (found.size() < IncidentStatus.values().length) {
            log.failed(SUBJECT, "not created: some of its statuses are missing (see above)");
            return;
        }
        Map<IncidentStatus, String> statusIds = new EnumMap<>(IncidentStatus.class);
        found.forEach((incidentStatus, status) -> statusIds.put(incidentStatus, status.getId()));
        try {
            workflowManager.createWorkflow(creator, importer.fromXml(IncidentWorkflowXml.WORKFLOW_NAME,
                    IncidentWorkflowXml.withStatusIds(statusIds)));
        } catch (FactoryException rejected) {
            log.failed(SUBJECT, "Jira rejected the bundled workflow XML: " + rejected.getMessage());
            return;
        }
        boolean existedBefore = settings.workflowName().isPresent();
        settings.rememberWorkflowName(IncidentWorkflowXml.WORKFLOW_NAME);
        if (existedBefore) {
            log.repaired(SUBJECT, "it had been deleted; imported again. Map it to the Incident issue type again in "
                    + "the workflow schemes of the projects Hindsight is on for (turn Hindsight on again for each).");
        } else {
            log.created(SUBJECT, "imported from " + IncidentWorkflowXml.RESOURCE);
        }
    }
}
