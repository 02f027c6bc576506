package io.hindsight.jira.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.hindsight.incident.IncidentRef;
import io.hindsight.jira.IncidentSnapshots;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds the issue-view panel's context: the incident as an {@link IncidentPanelDto} under {@value #INCIDENT}, the
 * escaper under {@value #HTML}, and the timeline bundle required on the page. The web-resource to require comes
 * from the descriptor's {@code webResource} param, so that the plugin key is written in one place.
 */
public class IncidentPanelContextProvider implements ContextProvider {

    static final String INCIDENT = "hindsightIncident";
    static final String HTML = "hindsightHtml";
    static final String WEB_RESOURCE_PARAM = "webResource";

    private final IncidentSnapshots snapshots;
    private final PageBuilderService pageBuilder;
    private String webResource;

    public IncidentPanelContextProvider(IncidentSnapshots snapshots, @JiraImport PageBuilderService pageBuilder) {
        this.snapshots = snapshots;
        this.pageBuilder = pageBuilder;
    }

    @Override
    public void init(Map<String, String> params) {
        webResource = params.get(WEB_RESOURCE_PARAM);
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> panel = new HashMap<>(context);
        Issue issue = (Issue) context.get("issue");
        IncidentRef incident = new IncidentRef(issue.getId(), issue.getKey(), issue.getProjectObject().getKey(),
                issue.getSummary());
        String statusName = issue.getStatus() == null ? "" : issue.getStatus().getName();
        panel.put(INCIDENT, IncidentPanelDto.of(issue.getKey(), issue.getSummary(), statusName,
                snapshots.snapshot(incident)));
        panel.put(HTML, new HtmlText());
        if (webResource != null) {
            pageBuilder.assembler().resources().requireWebResource(webResource);
        }
        return panel;
    }
}
