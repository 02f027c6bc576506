package io.hindsight.jira.project;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.project.Project;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.hindsight.jira.HindsightJiraSettings;
import io.hindsight.jira.InMemoryPluginSettings;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.junit.Test;

/**
 * The Incidents project page: its context (project, base URL, bundle required), its template rendered by a real
 * Velocity engine in strict mode with hostile values, its allowlist, and the sidebar condition.
 */
public class IncidentsPageTest {

    private static final String TEMPLATE = "templates/incident/incidents-page.vm";
    private static final String XSS = "\"><script>alert(1)</script>";

    private final ApplicationProperties application = mock(ApplicationProperties.class);
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);

    @Test
    public void context_carriesTheProjectAndTheBaseUrl_andRequiresTheBundle() {
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
        IncidentsPageContextProvider provider = new IncidentsPageContextProvider(application, pageBuilder);
        provider.init(Map.of("webResource", "io.hindsight:hindsight-incidents-page"));

        Map<String, Object> context = provider.getContextMap(Map.of("project", project(10_000L, "OPS")));

        assertEquals(new IncidentsPageView("/jira", "OPS"), context.get(IncidentsPageContextProvider.PAGE));
        verify(pageBuilder.assembler().resources()).requireWebResource("io.hindsight:hindsight-incidents-page");
    }

    @Test
    public void template_mountsTheBundle_withEveryValueEscaped() {
        String html = render(new IncidentsPageView("/jira", "OPS"));
        assertTrue(html, html.contains("<div data-hindsight-incidents data-base-url=\"/jira\" data-project-key=\"OPS\" "
                + "data-incident-url=\"/jira/browse/\"></div>"));
        assertTrue(html, html.contains("<h2>Incidents</h2>"));

        String hostile = render(new IncidentsPageView(XSS, XSS));
        assertFalse(hostile, hostile.contains("<script>"));
        assertTrue(hostile, hostile.contains("&quot;&gt;&lt;script&gt;"));
    }

    @Test
    public void theTemplateCallsOnlyAllowlistedMethods() throws Exception {
        SortedSet<String> called = new TreeSet<>();
        Matcher call = Pattern.compile("\\$!?\\{?(\\w+)\\.(\\w+)\\(").matcher(
                Files.readString(Path.of("src/main/resources", TEMPLATE), StandardCharsets.UTF_8));
        while (call.find()) {
            switch (call.group(1)) {
                case "i18n" -> { }
                case "html", "hindsightHtml" -> called.add("io.hindsight.jira.panel.HtmlText#" + call.group(2)
                        + "(java.lang.String)");
                case "page", "hindsightIncidentsPage" -> called.add(IncidentsPageView.class.getName() + "#"
                        + call.group(2) + "()");
                default -> throw new AssertionError("unknown variable $" + call.group(1));
            }
        }
        String descriptor = Files.readString(Path.of("atlassian-plugin.xml"), StandardCharsets.UTF_8);
        String module = descriptor.substring(descriptor.indexOf("key=\"hindsight-incidents-page-velocity-allowlist\""));
        module = module.substring(0, module.indexOf("</velocity-allowlist>"));
        SortedSet<String> allowed = new TreeSet<>();
        Matcher method = Pattern.compile("<method>([^<]+)</method>").matcher(module);
        while (method.find()) {
            allowed.add(method.group(1));
        }
        assertEquals(called, allowed);
    }

    @Test
    public void theSidebarItem_showsOnlyInHindsightProjects() {
        HindsightJiraSettings settings = new InMemoryPluginSettings().hindsightSettings();
        settings.storeEnabledProjects(Map.of(10_000L, false));
        HindsightProjectCondition condition = new HindsightProjectCondition(settings);

        assertTrue(condition.shouldDisplay(Map.of("project", project(10_000L, "OPS"))));
        assertFalse(condition.shouldDisplay(Map.of("project", project(10_100L, "HR"))));
        assertFalse(condition.shouldDisplay(Map.of()));
    }

    private static Project project(long id, String key) {
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(id);
        when(project.getKey()).thenReturn(key);
        return project;
    }

    private static String render(IncidentsPageView view) {
        VelocityEngine engine = new VelocityEngine();
        engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
        engine.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, true);
        engine.init();
        VelocityContext context = new VelocityContext();
        context.put(IncidentsPageContextProvider.PAGE, view);
        context.put(IncidentsPageContextProvider.HTML, new io.hindsight.jira.panel.HtmlText());
        context.put("i18n", new Texts());
        StringWriter out = new StringWriter();
        engine.getTemplate(TEMPLATE, StandardCharsets.UTF_8.name()).merge(context, out);
        return out.toString();
    }

    /** Jira's $i18n, reading the plugin's own bundle. */
    public static final class Texts {

        private final ResourceBundle bundle = ResourceBundle.getBundle("i18n/hindsight");

        public String getText(String key) {
            return bundle.getString(key);
        }
    }
}
