package io.hindsight.confluence.rest.jira;

import com.atlassian.plugin.spring.scanner.annotation.component.ConfluenceComponent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hindsight.actionitem.FollowUpFailure;
import io.hindsight.actionitem.FollowUpTracker;
import io.hindsight.actionitem.NewFollowUp;
import io.hindsight.actionitem.PageLink;
import io.hindsight.confluence.JiraAuthorisationRequired;
import io.hindsight.confluence.JiraHttp;
import io.hindsight.confluence.JiraResponse;
import io.hindsight.confluence.JiraUnavailable;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@link FollowUpTracker} on Jira's REST API v2, called as the current user through {@link JiraHttp}: search by
 * label, create issue, issue link, remote link.
 *
 * <p>Request shapes follow Atlassian's Jira Data Center REST v2 documentation: users by {@code name} (Data Center,
 * not Cloud's accountId), {@code duedate} as {@code yyyy-MM-dd}, project by key, issue type and priority by name.
 * The issue link names the follow-up as {@code outwardIssue} (the issue the link starts from, whose side reads
 * "is an action item of") and the incident as {@code inwardIssue}.
 */
@ConfluenceComponent
public class JiraRestFollowUpTracker implements FollowUpTracker {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}-[1-9][0-9]{0,17}");
    /** The application Jira shows the remote link as coming from. */
    static final String CONFLUENCE_APPLICATION_TYPE = "com.atlassian.confluence";

    private final JiraHttp jira;

    public JiraRestFollowUpTracker(JiraHttp jira) {
        this.jira = jira;
    }

    @Override
    public Optional<String> findByMarker(String markerLabel) {
        String jql = "labels = " + Jql.quoted(markerLabel) + " ORDER BY created ASC";
        JiraResponse response = send("look for an earlier follow-up", JiraHttp.Method.GET,
                "/rest/api/2/search?jql=" + Jql.urlEncoded(jql) + "&fields=key&maxResults=1", null);
        JsonNode issues = parse(response).path("issues");
        if (issues.isArray() && !issues.isEmpty()) {
            return Optional.of(issueKey(issues.get(0).path("key").asText()));
        }
        return Optional.empty();
    }

    @Override
    public String create(NewFollowUp followUp) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode fields = body.putObject("fields");
        fields.putObject("project").put("key", followUp.projectKey());
        fields.putObject("issuetype").put("name", followUp.issueTypeName());
        fields.put("summary", followUp.summary());
        fields.put("description", followUp.description());
        fields.putObject("assignee").put("name", followUp.assigneeName());
        fields.put("duedate", followUp.due().format(DateTimeFormatter.ISO_LOCAL_DATE));
        fields.putObject("priority").put("name", followUp.priorityName());
        followUp.labels().forEach(fields.putArray("labels")::add);
        JiraResponse response = send("create the issue in " + followUp.projectKey(), JiraHttp.Method.POST,
                "/rest/api/2/issue", body.toString());
        return issueKey(parse(response).path("key").asText());
    }

    @Override
    public void linkToIncident(String issueKey, String incidentKey, String linkTypeName) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("type").put("name", linkTypeName);
        body.putObject("inwardIssue").put("key", incidentKey);
        body.putObject("outwardIssue").put("key", issueKey);
        send("link " + issueKey + " to " + incidentKey, JiraHttp.Method.POST, "/rest/api/2/issueLink",
                body.toString());
    }

    @Override
    public void linkToPage(String issueKey, PageLink page) {
        ObjectNode body = JSON.createObjectNode();
        body.put("globalId", page.globalId());
        ObjectNode application = body.putObject("application");
        application.put("type", CONFLUENCE_APPLICATION_TYPE);
        application.put("name", "Confluence");
        body.put("relationship", "Wiki Page");
        ObjectNode object = body.putObject("object");
        object.put("url", page.url());
        object.put("title", page.title());
        send("link " + issueKey + " to this page", JiraHttp.Method.POST,
                "/rest/api/2/issue/" + URLEncoder.encode(issueKey, StandardCharsets.UTF_8) + "/remotelink",
                body.toString());
    }

    private JiraResponse send(String doing, JiraHttp.Method method, String path, String body) {
        JiraResponse response;
        try {
            response = jira.send(method, path, body);
        } catch (JiraAuthorisationRequired e) {
            throw FollowUpFailure.authorisationRequired(e.authorisationUri());
        } catch (JiraUnavailable e) {
            throw JiraErrors.unavailable(e);
        }
        if (!response.isSuccess()) {
            throw JiraErrors.failure(doing, response);
        }
        return response;
    }

    private static JsonNode parse(JiraResponse response) {
        try {
            return JSON.readTree(response.body().isEmpty() ? "{}" : response.body());
        } catch (IOException e) {
            throw new FollowUpFailure(FollowUpFailure.Kind.UNAVAILABLE, "Jira's answer was not JSON.", null, e);
        }
    }

    private static String issueKey(String key) {
        if (!ISSUE_KEY.matcher(key).matches()) {
            throw new FollowUpFailure(FollowUpFailure.Kind.UNAVAILABLE, "Jira's answer named no issue key.");
        }
        return key;
    }
}
