package io.hindsight.confluence.rest.jira;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The request schemas of the Jira Data Center REST v2 calls Hindsight makes, restated from Atlassian's published
 * documentation, as checks that list every deviation:
 * <ul>
 *   <li>create issue — "JIRA REST API Example - Create Issue" (developer.atlassian.com, server/jira/platform,
 *       updated Jan 2026): {@code fields.project} by key or id, {@code fields.issuetype} by name or id,
 *       {@code summary} required; Data Center names users with {@code {"name": …}}; {@code duedate} a date string
 *       (ISO {@code yyyy-MM-dd} here; the example pages show no other form); {@code labels} an array of strings
 *       without spaces.</li>
 *   <li>issue link — the IssueLink / LinkIssueRequestJsonBean model of Jira's REST v2 OpenAPI: {@code type} (name
 *       or id), {@code inwardIssue} and {@code outwardIssue} (key or id) all required.</li>
 *   <li>remote link — "Jira REST API for Remote Issue Links" (developer.atlassian.com, server/jira/platform, updated
 *       Feb 2026): {@code object.url} and {@code object.title} required; {@code globalId} optional, at most 255
 *       characters, and it makes a second post with the same id an update.</li>
 *   <li>search — "Search for issues using JQL (GET)" of Jira Data Center's REST v2 reference: {@code jql},
 *       {@code maxResults} (an integer), {@code fields} (a comma-separated list; Hindsight asks for {@code status} and
 *       {@code duedate} only), {@code validateQuery} ({@code false}: keys that do not exist give warnings, not an
 *       error).</li>
 *   <li>Hindsight's own {@code PUT /rest/hindsight/1.0/incidents/{key}/postmortem}: {@code url} (absolute http(s))
 *       and {@code status} ({@code draft}, {@code in-review} or {@code published}), nothing else.</li>
 * </ul>
 */
final class JiraRequestSchema {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private JiraRequestSchema() {
    }

    static List<String> createIssue(JsonNode body) {
        List<String> problems = new ArrayList<>();
        JsonNode fields = body == null ? null : body.get("fields");
        if (fields == null || !fields.isObject()) {
            problems.add("create issue: no fields object");
            return problems;
        }
        reference(problems, "create issue: fields.project", fields.get("project"), "key", "id");
        reference(problems, "create issue: fields.issuetype", fields.get("issuetype"), "name", "id");
        JsonNode summary = fields.get("summary");
        if (summary == null || !summary.isTextual() || summary.asText().isBlank()) {
            problems.add("create issue: fields.summary must be a non-empty string");
        } else if (summary.asText().length() > 255) {
            problems.add("create issue: fields.summary is longer than 255 characters");
        }
        optionalString(problems, "create issue: fields.description", fields.get("description"));
        JsonNode assignee = fields.get("assignee");
        if (assignee != null) {
            if (!assignee.isObject() || !assignee.path("name").isTextual()) {
                problems.add("create issue: fields.assignee must be {\"name\": username} on Data Center");
            }
            if (assignee.has("accountId")) {
                problems.add("create issue: fields.assignee.accountId is Cloud only");
            }
        }
        JsonNode due = fields.get("duedate");
        if (due != null && (!due.isTextual() || !ISO_DATE.matcher(due.asText()).matches())) {
            problems.add("create issue: fields.duedate must be a yyyy-MM-dd string, was " + due);
        }
        JsonNode priority = fields.get("priority");
        if (priority != null) {
            reference(problems, "create issue: fields.priority", priority, "name", "id");
        }
        JsonNode labels = fields.get("labels");
        if (labels != null) {
            if (!labels.isArray()) {
                problems.add("create issue: fields.labels must be an array");
            } else {
                labels.forEach(label -> {
                    if (!label.isTextual() || label.asText().isEmpty() || label.asText().matches(".*\\s.*")) {
                        problems.add("create issue: label " + label + " must be a string without spaces");
                    }
                });
            }
        }
        return problems;
    }

    static List<String> issueLink(JsonNode body) {
        List<String> problems = new ArrayList<>();
        if (body == null || !body.isObject()) {
            problems.add("issue link: no body");
            return problems;
        }
        reference(problems, "issue link: type", body.get("type"), "name", "id");
        reference(problems, "issue link: inwardIssue", body.get("inwardIssue"), "key", "id");
        reference(problems, "issue link: outwardIssue", body.get("outwardIssue"), "key", "id");
        return problems;
    }

    static List<String> remoteLink(JsonNode body) {
        List<String> problems = new ArrayList<>();
        if (body == null || !body.isObject()) {
            problems.add("remote link: no body");
            return problems;
        }
        JsonNode object = body.get("object");
        if (object == null || !object.path("url").isTextual() || !object.path("title").isTextual()) {
            problems.add("remote link: object.url and object.title are required strings");
        }
        JsonNode globalId = body.get("globalId");
        if (globalId != null && (!globalId.isTextual() || globalId.asText().length() > 255)) {
            problems.add("remote link: globalId must be a string of at most 255 characters");
        }
        JsonNode application = body.get("application");
        if (application != null && !application.isObject()) {
            problems.add("remote link: application must be an object");
        }
        return problems;
    }

    private static void reference(List<String> problems, String where, JsonNode node, String... keys) {
        if (node == null || !node.isObject()) {
            problems.add(where + " must be an object");
            return;
        }
        for (String key : keys) {
            if (node.path(key).isTextual() && !node.path(key).asText().isBlank()) {
                return;
            }
        }
        problems.add(where + " needs one of " + String.join(", ", keys) + " as a string");
    }

    private static void optionalString(List<String> problems, String where, JsonNode node) {
        if (node != null && !node.isTextual()) {
            problems.add(where + " must be a string");
        }
    }

    static List<String> searchByKeys(java.util.Map<String, String> parameters) {
        List<String> problems = new ArrayList<>();
        if (!java.util.Set.of("jql", "fields", "validateQuery", "maxResults").containsAll(parameters.keySet())) {
            problems.add("search: unexpected parameters " + parameters.keySet());
        }
        if (!"status,duedate".equals(parameters.get("fields"))) {
            problems.add("search: fields is " + parameters.get("fields") + ", not status,duedate");
        }
        if (!"false".equals(parameters.get("validateQuery"))) {
            problems.add("search: validateQuery is not false, so one deleted issue would fail the whole search");
        }
        String max = parameters.get("maxResults");
        if (max == null || !max.matches("[1-9][0-9]*")) {
            problems.add("search: maxResults is not a positive integer: " + max);
        }
        return problems;
    }

    static List<String> recordPostmortem(JsonNode body) {
        List<String> problems = new ArrayList<>();
        if (body == null || !body.isObject()) {
            problems.add("record post-mortem: no JSON object");
            return problems;
        }
        body.fieldNames().forEachRemaining(name -> {
            if (!name.equals("url") && !name.equals("status")) {
                problems.add("record post-mortem: unknown property " + name);
            }
        });
        if (!body.path("url").asText("").matches("https?://\\S+")) {
            problems.add("record post-mortem: url is not an absolute http(s) address");
        }
        if (!java.util.Set.of("draft", "in-review", "published").contains(body.path("status").asText(""))) {
            problems.add("record post-mortem: status is " + body.path("status"));
        }
        return problems;
    }
}
