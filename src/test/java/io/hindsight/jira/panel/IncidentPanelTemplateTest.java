package io.hindsight.jira.panel;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.hindsight.incident.Severity;
import io.hindsight.jira.IncidentSnapshot;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.junit.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The issue-view panel template, rendered by a real Velocity engine in strict mode: what an incident looks like,
 * that hostile text comes out escaped, and that every method it calls on Hindsight's objects is allowlisted.
 */
public class IncidentPanelTemplateTest {

    private static final String TEMPLATE = "templates/incident/panel.vm";
    private static final String XSS = "<script>alert('x')</script>\" onmouseover=\"alert(1)";

    /** The template's variables that hold Hindsight objects, and their classes; $i18n is Jira's. */
    private static final Map<String, Class<?>> VARIABLES = Map.of("hindsightIncident", IncidentPanelDto.class,
            "incident", IncidentPanelDto.class, "hindsightHtml", HtmlText.class, "html", HtmlText.class,
            "row", PanelRow.class);
    private static final String HOST_VARIABLE = "i18n";

    @Test
    public void rendersSeverityStatusCommanderInstantsAndTheTimelineMountPoint() {
        IncidentSnapshot snapshot = new IncidentSnapshot(Severity.SEV_1, "Sam Roe", true,
                List.of(new IncidentSnapshot.Moment("hindsight.incident.instant.impactStarted",
                        Instant.parse("2026-11-20T13:58:41.500Z"))), List.of());

        String html = render(IncidentPanelDto.of("OPS-7", "Checkout returns 502", "Investigating", snapshot));

        assertTrue(html, html.contains("<span class=\"aui-lozenge aui-lozenge-error\">SEV-1</span> Critical"));
        assertTrue(html, html.contains("<dd>Investigating</dd>"));
        assertTrue(html, html.contains("<dd>Sam Roe</dd>"));
        assertTrue(html, html.contains("Yes: notify the supervisory authority within 72 hours"));
        assertTrue(html, html.contains("<time datetime=\"2026-11-20T13:58:41Z\">2026-11-20 13:58 UTC</time> "
                + "Impact started"));
        assertTrue(html, html.contains("<p>None.</p>"));
        assertTrue(html, html.contains("<div data-hindsight-timeline data-incident-key=\"OPS-7\" "
                + "data-incident-summary=\"Checkout returns 502\"></div>"));
    }

    @Test
    public void anIncidentWithNothingSet_saysSo() {
        IncidentSnapshot empty = new IncidentSnapshot(null, null, null, List.of(), List.of());

        String html = render(IncidentPanelDto.of("OPS-8", "", "Declared", empty));

        assertEquals(2, html.split("Not set", -1).length - 1);
        assertTrue(html, html.contains("Not assessed yet"));
        assertTrue(html, html.contains("None recorded yet."));
    }

    @Test
    public void hostileSummaryStatusAndCommander_comeOutEscaped() throws Exception {
        IncidentSnapshot snapshot = new IncidentSnapshot(Severity.SEV_2, XSS, false, List.of(), List.of());

        String html = render(IncidentPanelDto.of("OPS-9", XSS, XSS, snapshot));

        assertFalse(html, html.contains("<script>"));
        assertFalse(html, html.contains("\" onmouseover=\""));
        assertTrue(html, html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot; onmouseover=&quot;"));
        Element mount = mountPoint(html);
        assertEquals("the attribute holds the text, not markup", XSS, mount.getAttribute("data-incident-summary"));
        assertEquals(2, mount.getAttributes().getLength() - 1);
    }

    @Test
    public void everyMethodTheTemplateCallsOnHindsightsObjects_isAllowlisted_andNothingElseIs() throws Exception {
        SortedSet<String> called = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        Matcher call = Pattern.compile("\\$!?\\{?(\\w+)\\.(\\w+)\\(").matcher(template());
        while (call.find()) {
            String variable = call.group(1);
            if (HOST_VARIABLE.equals(variable)) {
                continue;
            }
            Class<?> type = VARIABLES.get(variable);
            if (type == null) {
                unknown.add("$" + variable + "." + call.group(2));
                continue;
            }
            called.add(allowlistEntry(type, call.group(2)));
        }

        assertEquals("calls on variables this test does not know", List.of(), unknown);
        assertEquals(called, allowlist());
    }

    @Test
    public void theAllowlistIsSortedInTheDescriptor() throws Exception {
        List<String> entries = new ArrayList<>(allowlist());
        List<String> asWritten = descriptorMethods();
        assertEquals(entries, asWritten);
    }

    private static final String PANEL_ALLOWLIST_KEY = "hindsight-velocity-allowlist";

    static String render(IncidentPanelDto incident) {
        VelocityEngine engine = new VelocityEngine();
        engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
        engine.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, true);
        engine.init();
        VelocityContext context = new VelocityContext();
        context.put("hindsightIncident", incident);
        context.put("hindsightHtml", new HtmlText());
        context.put("i18n", new BundleI18n());
        StringWriter out = new StringWriter();
        engine.getTemplate(TEMPLATE, StandardCharsets.UTF_8.name()).merge(context, out);
        return out.toString();
    }

    private static String allowlistEntry(Class<?> type, String methodName) {
        Method method = Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(methodName)).findFirst()
                .orElseThrow(() -> new AssertionError(type.getSimpleName() + " has no public " + methodName));
        return type.getName() + "#" + methodName + "(" + Arrays.stream(method.getParameterTypes())
                .map(Class::getName).collect(Collectors.joining(",")) + ")";
    }

    private static SortedSet<String> allowlist() throws Exception {
        return new TreeSet<>(descriptorMethods());
    }

    private static List<String> descriptorMethods() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element root = factory.newDocumentBuilder().parse(Paths.get("atlassian-plugin.xml").toFile())
                .getDocumentElement();
        NodeList allowlists = root.getElementsByTagName("velocity-allowlist");
        List<String> methods = new ArrayList<>();
        for (int i = 0; i < allowlists.getLength(); i++) {
            // Only the panel's own module: Confluence's macro has a module of its own, checked by its own test.
            if (!PANEL_ALLOWLIST_KEY.equals(((Element) allowlists.item(i)).getAttribute("key"))) {
                continue;
            }
            NodeList entries = ((Element) allowlists.item(i)).getElementsByTagName("method");
            for (int j = 0; j < entries.getLength(); j++) {
                methods.add(entries.item(j).getTextContent().trim());
            }
        }
        return methods;
    }

    private static String template() throws Exception {
        return Files.readString(Path.of("src/main/resources", TEMPLATE), StandardCharsets.UTF_8);
    }

    private static Element mountPoint(String html) throws Exception {
        Matcher div = Pattern.compile("<div data-hindsight-timeline[^>]*></div>").matcher(html);
        assertTrue(html, div.find());
        String xml = div.group().replace("data-hindsight-timeline ", "data-hindsight-timeline=\"\" ");
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    }
}
