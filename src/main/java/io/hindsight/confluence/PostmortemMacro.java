package io.hindsight.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.plugin.spring.scanner.annotation.imports.ConfluenceImport;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.hindsight.confluence.postmortem.ConfluencePostmortems;
import io.hindsight.confluence.postmortem.MacroState;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code hindsight-postmortem} macro: shows the incident named by {@code incidentKey} (summary, severity,
 * status, post-mortem deadline) as the viewer may see it in Jira. A missing or malformed key, an incident the viewer
 * cannot see, a Jira that needs authorising or does not answer each render a short inline message, never an error.
 *
 * <p>Under the incident it offers the post-mortem: "Open post-mortem" when the incident has one the viewer may see,
 * "Generate post-mortem" to a viewer who may create it, "Create follow-up issues" to one who may edit it, and each
 * follow-up's live status (open, done, overdue) from a cache, so that a page view never waits on a slow Jira beyond a
 * short timeout. The buttons post JSON to {@code ConfluencePostmortemResource} from the script of web-resource
 * context {@value #WEB_RESOURCE_CONTEXT}.
 */
public class PostmortemMacro implements Macro {

    static final String TEMPLATE = "templates/postmortem/macro.vm";
    static final String INCIDENT_KEY = "incidentKey";
    /** The web-resource context of the macro's script (the descriptor's web-resource names it). */
    static final String WEB_RESOURCE_CONTEXT = "hindsight.postmortem.macro";
    private static final Logger LOG = LoggerFactory.getLogger(PostmortemMacro.class);
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}-[1-9][0-9]{0,17}");

    private final IncidentSource incidents;
    private final ConfluencePostmortems postmortems;
    private final PageBuilderService pageBuilder;
    private final TemplateRenderer renderer;
    private final I18nResolver i18n;

    public PostmortemMacro(IncidentSource incidents, ConfluencePostmortems postmortems,
                           @ConfluenceImport PageBuilderService pageBuilder, @ConfluenceImport TemplateRenderer renderer,
                           @ConfluenceImport I18nResolver i18n) {
        this.incidents = incidents;
        this.postmortems = postmortems;
        this.pageBuilder = pageBuilder;
        this.renderer = renderer;
        this.i18n = i18n;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        String key = Optional.ofNullable(parameters.get(INCIDENT_KEY)).map(String::strip).orElse("");
        ContentEntityObject page = context == null ? null : context.getEntity();
        return render(view(key, page == null ? 0 : page.getId()));
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }

    private PostmortemMacroView view(String key, long pageId) {
        if (key.isEmpty()) {
            return PostmortemMacroView.message("hindsight.postmortem.macro.key.missing");
        }
        if (!ISSUE_KEY.matcher(key).matches()) {
            return PostmortemMacroView.message("hindsight.postmortem.macro.key.malformed");
        }
        try {
            return incidents.find(key).map(incident -> PostmortemMacroView.of(incident, postmortem(key, pageId), pageId))
                    .orElseGet(() -> PostmortemMacroView.message("hindsight.postmortem.macro.notfound"));
        } catch (JiraAuthorisationRequired e) {
            return PostmortemMacroView.authorise(e.authorisationUri());
        } catch (JiraUnavailable e) {
            return PostmortemMacroView.message("hindsight.postmortem.macro.unavailable");
        }
    }

    /** What the viewer may do with the post-mortem; null (no buttons) when Confluence cannot say. */
    private MacroState postmortem(String key, long pageId) {
        try {
            MacroState state = postmortems.macroState(key, pageId > 0 ? pageId : null);
            if (state != null && (state.canGenerate() || state.canCreateFollowUps())) {
                pageBuilder.assembler().resources().requireContext(WEB_RESOURCE_CONTEXT);
            }
            return state;
        } catch (RuntimeException e) {
            // The incident is still worth showing; the buttons come back on the next view.
            LOG.warn("Hindsight could not read the post-mortem of {} for the macro", key, e);
            return null;
        }
    }

    private String render(PostmortemMacroView view) {
        Map<String, Object> context = new HashMap<>();
        context.put("view", view);
        context.put("i18n", i18n);
        StringWriter out = new StringWriter();
        try {
            renderer.render(TEMPLATE, context, out);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Hindsight could not render the post-mortem macro", e);
            // A page must still render when the template cannot; the text says what is missing.
            return "<div class=\"hindsight-postmortem-macro\">" + Html.escape(i18n.getText(
                    "hindsight.postmortem.macro.unavailable")) + "</div>";
        }
        return out.toString();
    }
}
