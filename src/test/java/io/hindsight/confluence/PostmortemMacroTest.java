package io.hindsight.confluence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.pages.Page;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.hindsight.confluence.followup.FollowUpState;
import io.hindsight.confluence.followup.FollowUpStatus;
import io.hindsight.confluence.followup.FollowUpStatuses;
import io.hindsight.confluence.postmortem.ConfluencePostmortems;
import io.hindsight.confluence.postmortem.MacroState;
import io.hindsight.postmortem.workflow.StoredPage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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

    private static final IncidentSummary OPS_1 = new IncidentSummary("OPS-1", "Checkout down", "SEV-1", "Resolved",
            null);
    private static final StoredPage PAGE = new StoredPage("42", "OPS-1", "Post-mortem: OPS-1 Checkout down",
            "<p/>", 3, "https://wiki.test/pages/viewpage.action?pageId=42");
    private static final Instant NOW = Instant.parse("2026-03-05T10:00:00Z");

    private final IncidentSource incidents = mock(IncidentSource.class);
    private final ConfluencePostmortems postmortems = mock(ConfluencePostmortems.class);
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
    private final PostmortemMacro macro = new PostmortemMacro(incidents, postmortems, pageBuilder,
            new VelocityTemplateRenderer(), i18n());

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
                "row", FollowUpRowView.class.getName(), "i18n", "com.atlassian.sal.api.message.I18nResolver");
        // Calls nest ($i18n.getText($view.getMessageKey())), so each is found by its opening parenthesis.
        Matcher call = Pattern.compile("\\$!?\\{?(\\w+)\\.(\\w+)\\((\\)?)").matcher(template);
        Set<String> called = new TreeSet<>();
        while (call.find()) {
            String parameters = call.group(3).isEmpty() ? "java.lang.String" : "";
            called.add(types.get(call.group(1)) + "#" + call.group(2) + "(" + parameters + ")");
        }

        assertEquals("getters and getText, each once", 23, called.size());
        for (String method : called) {
            assertTrue("not allowlisted: " + method, descriptor.contains("<method>" + method + "</method>"));
        }
    }

    private String renderOnPage(long pageId) {
        Page page = new Page();
        page.setId(pageId);
        ConversionContext context = mock(ConversionContext.class);
        when(context.getEntity()).thenReturn(page);
        return macro.execute(Map.of("incidentKey", "OPS-1"), null, context);
    }

    @Test
    public void execute_noPostmortemYet_offersGenerateToWhoeverMayCreateIt() {
        when(incidents.find("OPS-1")).thenReturn(Optional.of(OPS_1));
        when(postmortems.macroState("OPS-1", 7L)).thenReturn(new MacroState(null, true, false, false, null));

        String html = renderOnPage(7);

        assertTrue(html, html.contains("data-page-id=\"7\""));
        assertTrue(html, html.contains(">Generate post-mortem</button>"));
        assertFalse(html, html.contains("Open post-mortem"));
        assertFalse(html, html.contains("Create follow-up issues"));
        verify(pageBuilder.assembler().resources()).requireContext(PostmortemMacro.WEB_RESOURCE_CONTEXT);
    }

    @Test
    public void execute_existingPostmortem_offersOpenAndFollowUpsWithTheirLiveStatus() {
        when(incidents.find("OPS-1")).thenReturn(Optional.of(OPS_1));
        when(postmortems.macroState("OPS-1", 7L)).thenReturn(new MacroState(PAGE, false, true, false,
                FollowUpStatuses.read(List.of(
                        new FollowUpStatus("ACT-1", "In Progress", FollowUpState.OVERDUE, LocalDate.of(2026, 3, 1)),
                        new FollowUpStatus("ACT-2", "Closed <b>", FollowUpState.DONE, null),
                        new FollowUpStatus("ACT-3", "", FollowUpState.UNKNOWN, null)), NOW)));

        String html = renderOnPage(7);

        assertTrue(html, html.contains("<a class=\"aui-button hindsight-postmortem-open\" "
                + "href=\"https://wiki.test/pages/viewpage.action?pageId=42\">Open post-mortem</a>"));
        assertFalse(html, html.contains("Generate post-mortem"));
        assertTrue(html, html.contains(">Create follow-up issues</button>"));
        assertTrue(html, html.contains("<tr class=\"hindsight-follow-up-overdue\"><td>ACT-1</td><td><span "
                + "class=\"aui-lozenge\">Overdue</span> In Progress</td><td>2026-03-01</td></tr>"));
        assertTrue(html, html.contains("<span class=\"aui-lozenge\">Done</span> Closed &lt;b&gt;"));
        assertTrue(html, html.contains("<span class=\"aui-lozenge\">Not visible</span>"));
    }

    @Test
    public void execute_viewerWhoMayNotEdit_seesTheStatusButNoButtonsAndNoScript() {
        when(incidents.find("OPS-1")).thenReturn(Optional.of(OPS_1));
        when(postmortems.macroState("OPS-1", 7L)).thenReturn(new MacroState(PAGE, false, false, false,
                FollowUpStatuses.read(List.of(new FollowUpStatus("ACT-1", "Open", FollowUpState.OPEN, null)), NOW)));

        String html = renderOnPage(7);

        assertTrue(html, html.contains("Open post-mortem"));
        assertFalse(html, html.contains("<button"));
        assertTrue(html, html.contains("<span class=\"aui-lozenge\">Open</span> Open"));
        verify(pageBuilder.assembler().resources(), never()).requireContext(PostmortemMacro.WEB_RESOURCE_CONTEXT);
    }

    @Test
    public void execute_readOnlyMode_saysSoAndOffersNoButtons() {
        when(incidents.find("OPS-1")).thenReturn(Optional.of(OPS_1));
        when(postmortems.macroState("OPS-1", 7L)).thenReturn(new MacroState(null, false, false, true, null));

        String html = renderOnPage(7);

        assertFalse(html, html.contains("<button"));
        assertTrue(html, html.contains("Confluence is read-only for maintenance"));
    }

    @Test
    public void execute_followUpStatusFromASlowJira_saysItIsUnavailableButShowsTheRest() {
        when(incidents.find("OPS-1")).thenReturn(Optional.of(OPS_1));
        when(postmortems.macroState("OPS-1", 7L)).thenReturn(new MacroState(PAGE, false, true, false,
                FollowUpStatuses.unavailable("Jira did not answer within 1500 ms.", NOW)));

        String html = renderOnPage(7);

        assertTrue(html, html.contains("Jira did not answer in time; the follow-ups' status is shown again within"));
        assertTrue(html, html.contains("Create follow-up issues"));
    }

    @Test
    public void execute_followUpStatusNeedsAuthorisation_linksToIt() {
        when(incidents.find("OPS-1")).thenReturn(Optional.of(OPS_1));
        when(postmortems.macroState("OPS-1", 7L)).thenReturn(new MacroState(PAGE, false, true, false,
                FollowUpStatuses.authorise(URI.create("https://jira.test/authorize?x=1&y=2"), NOW)));

        String html = renderOnPage(7);

        assertTrue(html, html.contains("<a href=\"https://jira.test/authorize?x=1&amp;y=2\">Authorise</a>"));
    }

    @Test
    public void execute_postmortemStateFails_stillShowsTheIncidentWithoutButtons() {
        when(incidents.find("OPS-1")).thenReturn(Optional.of(OPS_1));
        when(postmortems.macroState("OPS-1", 7L)).thenThrow(new IllegalStateException("database down"));

        String html = renderOnPage(7);

        assertTrue(html, html.contains("OPS-1: Checkout down"));
        assertFalse(html, html.contains("<button"));
    }
}
