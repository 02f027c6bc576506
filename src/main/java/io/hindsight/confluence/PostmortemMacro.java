package io.hindsight.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.plugin.spring.scanner.annotation.imports.ConfluenceImport;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code hindsight-postmortem} macro: shows the incident named by {@code incidentKey} (summary, severity,
 * status, post-mortem deadline) as the viewer may see it in Jira. A missing or malformed key, an incident the viewer
 * cannot see, a Jira that needs authorising or does not answer each render a short inline message, never an error.
 */
public class PostmortemMacro implements Macro {

    static final String TEMPLATE = "templates/postmortem/macro.vm";
    static final String INCIDENT_KEY = "incidentKey";
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}-[1-9][0-9]{0,17}");

    private final IncidentSource incidents;
    private final TemplateRenderer renderer;
    private final I18nResolver i18n;

    public PostmortemMacro(IncidentSource incidents, @ConfluenceImport TemplateRenderer renderer,
                           @ConfluenceImport I18nResolver i18n) {
        this.incidents = incidents;
        this.renderer = renderer;
        this.i18n = i18n;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        String key = Optional.ofNullable(parameters.get(INCIDENT_KEY)).map(String::strip).orElse("");
        return render(view(key));
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }

    private PostmortemMacroView view(String key) {
        if (key.isEmpty()) {
            return PostmortemMacroView.message("hindsight.postmortem.macro.key.missing");
        }
        if (!ISSUE_KEY.matcher(key).matches()) {
            return PostmortemMacroView.message("hindsight.postmortem.macro.key.malformed");
        }
        try {
            return incidents.find(key).map(PostmortemMacroView::of)
                    .orElseGet(() -> PostmortemMacroView.message("hindsight.postmortem.macro.notfound"));
        } catch (JiraAuthorisationRequired e) {
            return PostmortemMacroView.authorise(e.authorisationUri());
        } catch (JiraUnavailable e) {
            return PostmortemMacroView.message("hindsight.postmortem.macro.unavailable");
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
            // A page must still render when the template cannot; the text says what is missing.
            return "<div class=\"hindsight-postmortem-macro\">" + Html.escape(i18n.getText(
                    "hindsight.postmortem.macro.unavailable")) + "</div>";
        }
        return out.toString();
    }
}
