package io.hindsight.confluence.rest.jira;

import com.atlassian.plugin.spring.scanner.annotation.component.ConfluenceComponent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hindsight.confluence.JiraHttp;
import io.hindsight.confluence.JiraResponse;
import io.hindsight.confluence.JiraUnavailable;
import io.hindsight.incident.rest.PostmortemSourceDto;
import io.hindsight.platform.ConflictException;
import io.hindsight.platform.ForbiddenException;
import io.hindsight.platform.NotFoundException;
import io.hindsight.platform.rest.IsoInstantModule;
import io.hindsight.postmortem.PostmortemInput;
import io.hindsight.postmortem.PostmortemStatus;
import io.hindsight.postmortem.workflow.IncidentPostmortems;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@link IncidentPostmortems} on Hindsight's REST resources in Jira, called as the current user over the application
 * link: {@code GET /incidents/{key}/postmortem-source} (Jira applies the user's permissions and answers 404 for an
 * incident they may not see), {@code GET /incidents/{key}}, and {@code PUT /incidents/{key}/postmortem} with
 * {@code {url, status}}. A user who must authorise the link first gets
 * {@link io.hindsight.confluence.JiraAuthorisationRequired}; a Jira that does not answer, {@link JiraUnavailable}.
 */
@ConfluenceComponent
public class JiraIncidentPostmortems implements IncidentPostmortems {

    static final String INCIDENTS = "/rest/hindsight/1.0/incidents/";
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}-[1-9][0-9]{0,17}");
    /** Lenient on purpose: a newer Jira side may add fields that this Confluence side does not know yet. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new IsoInstantModule())
            .build();

    private final JiraHttp jira;

    public JiraIncidentPostmortems(JiraHttp jira) {
        this.jira = jira;
    }

    @Override
    public PostmortemInput source(String incidentKey) {
        JiraResponse response = answer("read " + checked(incidentKey), jira.send(JiraHttp.Method.GET,
                INCIDENTS + incidentKey + "/postmortem-source", null), incidentKey);
        try {
            return JSON.readValue(response.body(), PostmortemSourceDto.class).toInput();
        } catch (IOException | RuntimeException e) {
            throw new JiraUnavailable("Jira's description of " + incidentKey + " could not be read: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void requireVisible(String incidentKey) {
        answer("read " + checked(incidentKey), jira.send(JiraHttp.Method.GET, INCIDENTS + incidentKey, null),
                incidentKey);
    }

    @Override
    public void recordStatus(String incidentKey, String pageUrl, PostmortemStatus status) {
        ObjectNode body = JSON.createObjectNode();
        body.put("url", pageUrl);
        body.put("status", status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        answer("record the post-mortem of " + checked(incidentKey), jira.send(JiraHttp.Method.PUT,
                INCIDENTS + incidentKey + "/postmortem", body.toString()), incidentKey);
    }

    private static String checked(String incidentKey) {
        if (incidentKey == null || !ISSUE_KEY.matcher(incidentKey).matches()) {
            throw new NotFoundException("No incident " + incidentKey + ".");
        }
        return incidentKey;
    }

    /** Jira's answer when it succeeded; otherwise the failure the REST layer maps to the same status. */
    private static JiraResponse answer(String doing, JiraResponse response, String incidentKey) {
        int status = response.status();
        if (response.isSuccess()) {
            return response;
        }
        if (status == 404) {
            throw new NotFoundException("Jira has no incident " + incidentKey + ", or you may not see it.");
        }
        if (status == 403) {
            throw new ForbiddenException("Jira does not allow you to " + doing + ".");
        }
        if (status == 409) {
            throw new ConflictException("incident_conflict", "Jira refused to " + doing + ": "
                    + JiraErrors.message(response.body()));
        }
        throw new JiraUnavailable("Jira answered HTTP " + status + " when asked to " + doing + ".", null);
    }
}
