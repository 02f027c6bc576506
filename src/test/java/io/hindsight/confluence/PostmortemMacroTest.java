package io.hindsight.confluence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/** The macro rendered through a real Velocity engine, with incidents from a mocked source. */
public class PostmortemMacroTest {

    private final IncidentSource incidents = mock(IncidentSource.class);
    private final PostmortemMacro macro = new PostmortemMacro(incidents, new VelocityTemplateRenderer(), i18n());

    private static I18nResolver i18n() {
        Properties texts = new Properties();
        try (InputStream in = PostmortemMacroTest.class.getResourceAsStream("/i18n/hindsight.properties")) {
            texts.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        I18nResolver resolver = mock(I18nResolver.class);
        when(resolver.getText(any())).thenAnswer(call -> {
            String key = call.getArgument(0);
            if (!texts.containsKey(key)) {
                throw new AssertionError("no i18n text for " + key);
            }
            return texts.getProperty(key);
        });
        return resolver;
    }

    private String render(String incidentKey) {
        return macro.execute(incidentKey == null ? Map.of() : Map.of("incidentKey", incidentKey), null, null);
    }

    @Test
    public void execute_showsSummarySeverityStatusAndDeadline_escapingWhatJiraSent() {
        when(incidents.find("OPS-1")).thenReturn(Optional.of(new IncidentSummary("OPS-1",
                "<script>alert(1)</script> & \"checkout\"", "SEV-1", "Resolved",
                Instant.parse("2026-03-03T14:00:00Z"))));

        String html = render("OPS-1");

        assertTrue(html, html.contains("OPS-1: &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;checkout&quot;"));
        assertFalse(html, html.contains("<script>"));
        assertTrue(html, html.contains("<dd>SEV-1</dd>"));
        assertTrue(html, html.contains("<dd>Resolved</dd>"));
        assertTrue(html, html.contains("<dd>3 Mar 2026, 14:00 UTC</dd>"));
    }

    @Test
    public void execute_withoutDeadline_leavesTheDeadlineOut() {
        when(incidents.find("OPS-2")).thenReturn(Optional.of(new IncidentSummary("OPS-2", "Slow search", "SEV-3",
                "Investigating", null)));

        assertFalse(render("OPS-2").contains("Post-mortem due"));
    }

    @Test
    public void execute_missingOrMalformedKey_rendersAMessageWithoutAskingJira() {
        assertTrue(render(null).contains("Set the incident key in the macro's settings."));
        assertTrue(render("ops 1<b>").contains("The incident key is not a Jira issue key; it looks like OPS-123."));
        verifyNoInteractions(incidents);
    }

    @Test
    public void execute_incidentTheViewerMayNotSee_saysItDoesNotExistForThem() {
        when(incidents.find("SEC-1")).thenReturn(Optional.empty());

        assertTrue(render("SEC-1").contains("No such incident exists in Jira, or you may not see it."));
    }

    @Test
    public void execute_authorisationRequired_rendersAnAuthoriseLink() {
        when(incidents.find("OPS-1")).thenThrow(new JiraAuthorisationRequired(
                URI.create("https://jira.test/plugins/servlet/applinks/oauth/login-dance/authorize?a=1&b=2")));

        String html = render("OPS-1");

        assertTrue(html, html.contains("<a href=\"https://jira.test/plugins/servlet/applinks/oauth/login-dance/"
                + "authorize?a=1&amp;b=2\">Authorise</a>"));
    }

    @Test
    public void execute_javascriptAuthorisationUri_isNotLinked() {
        when(incidents.find("OPS-1")).thenThrow(new JiraAuthorisationRequired(URI.create("javascript:alert(1)")));

        assertFalse(render("OPS-1").contains("javascript:"));
    }

    @Test
    public void execute_jiraUnavailable_rendersAMessage() {
        when(incidents.find("OPS-1")).thenThrow(new JiraUnavailable("Jira did not answer within 5 s.", null));

        assertTrue(render("OPS-1").contains("Jira did not answer; the incident cannot be shown right now."));
    }

    @Test
    public void template_callsOnlyAllowlistedMethods() throws IOException {
        String template = Files.readString(Path.of("src/main/resources", PostmortemMacro.TEMPLATE));
        String descriptor = Files.readString(Path.of("atlassian-plugin.xml"));
        Map<String, String> types = Map.of("view", PostmortemMacroView.class.getName(),
                "i18n", "com.atlassian.sal.api.message.I18nResolver");
        // Calls nest ($i18n.getText($view.getMessageKey())), so each is found by its opening parenthesis.
        Matcher call = Pattern.compile("\\$!?\\{?(\\w+)\\.(\\w+)\\((\\)?)").matcher(template);
        Set<String> called = new TreeSet<>();
        while (call.find()) {
            String parameters = call.group(3).isEmpty() ? "java.lang.String" : "";
            called.add(types.get(call.group(1)) + "#" + call.group(2) + "(" + parameters + ")");
        }

        assertEquals("getters and getText, each once", 9, called.size());
        for (String method : called) {
            assertTrue("not allowlisted: " + method, descriptor.contains("<method>" + method + "</method>"));
        }
    }
}
