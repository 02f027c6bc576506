package io.hindsight.jira.project;

import com.atlassian.jira.project.Project;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.hindsight.jira.panel.HtmlText;
import java.util.HashMap;
import java.util.Map;

/**
 * Context of the Incidents project page (the web-panel behind the sidebar item): the page view under
 * {@value #PAGE}, the escaper under {@value #HTML}, and the Incidents bundle required on the page. The bundle's
 * web-resource key comes from the descriptor's {@code webResource} param; the bundle reads the figures from the
 * metrics REST API as the viewer, so the page shows only what they may browse.
 */
public class IncidentsPageContextProvider implements ContextProvider {

    static final String PAGE = "hindsightIncidentsPage";
    static final String HTML = "hindsightHtml";
    static final String WEB_RESOURCE_PARAM = "webResource";

    private final ApplicationProperties applicationProperties;
    private final PageBuilderService pageBuilder;
    private String webResource;

    public IncidentsPageContextProvider(@ComponentImport ApplicationProperties applicationProperties,
            @JiraImport PageBuilderService pageBuilder) {
        this.applicationProperties = applicationProperties;
        this.pageBuilder = pageBuilder;
    }

    @Override
    public void init(Map<String, String> params) {
        webResource = params.get(WEB_RESOURCE_PARAM);
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> page = new HashMap<>(context);
        // The project-centric view puts the project under "project" (and its key under "projectKey").
        String projectKey = context.get("project") instanceof Project project ? project.getKey()
                : String.valueOf(context.getOrDefault("projectKey", ""));
        String baseUrl = applicationProperties.getBaseUrl(UrlMode.RELATIVE);
        page.put(PAGE, new IncidentsPageView(baseUrl == null ? "" : baseUrl, projectKey));
        page.put(HTML, new HtmlText());
        if (webResource != null) {
            pageBuilder.assembler().resources().requireWebResource(webResource);
        }
        return page;
    }
}
