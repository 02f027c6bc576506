package io.hindsight.confluence.rest.jira;

import com.atlassian.plugin.spring.scanner.annotation.component.ConfluenceComponent;
import io.hindsight.confluence.IncidentSource;
import io.hindsight.confluence.IncidentSummary;
import io.hindsight.confluence.JiraHttp;
import io.hindsight.confluence.JiraResponse;
import io.hindsight.confluence.JiraUnavailable;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@link IncidentSource} on Hindsight's own REST resource in Jira, called as the current user over the link. The macro
 * asks while a page renders, so it waits at most {@link JiraHttp#PAGE_VIEW_TIMEOUT_MS}, not the default timeouts.
 */
@ConfluenceComponent
public class JiraIncidentSource implements IncidentSource {

    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}-[1-9][0-9]{0,17}");

    private final JiraHttp jira;

    public JiraIncidentSource(JiraHttp jira) {
        this.jira = jira;
    }

    @Override
    public Optional<IncidentSummary> find(String incidentKey) {
        if (!ISSUE_KEY.matcher(incidentKey).matches()) {
            return Optional.empty();
        }
        JiraResponse response = jira.send(JiraHttp.Method.GET, "/rest/hindsight/1.0/incidents/" + incidentKey, null,
                JiraHttp.PAGE_VIEW_TIMEOUT_MS);
        if (response.status() == 404 || response.status() == 403) {
            return Optional.empty();
        }
        if (!response.isSuccess()) {
            throw new JiraUnavailable("Jira answered HTTP " + response.status() + " about " + incidentKey + ".", null);
        }
        return Optional.of(IncidentJson.parse(response.body()));
    }
}
