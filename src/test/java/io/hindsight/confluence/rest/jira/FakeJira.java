package io.hindsight.confluence.rest.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fake Jira Data Center over real HTTP (the JDK's server: no Jetty 11 next to our Jetty 12), serving the REST v2
 * calls Hindsight makes and checking each request against the documented schema (see {@link JiraRequestSchema}).
 * Failures are scripted per path: a status with Jira's error body, or a delay longer than the client waits.
 * Public for the Confluence REST tests, which drive the whole Confluence side against it.
 */
public final class FakeJira implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LABEL_JQL = Pattern.compile("labels = \"((?:[^\"\\\\]|\\\\.)*)\" ORDER BY created ASC");
    private static final Pattern KEY_IN_JQL = Pattern.compile("key in \\((\"[A-Z][A-Z0-9_]*-[0-9]+\"(?:, \"[A-Z][A-Z0-9_]*-[0-9]+\")*)\\)");
    private static final Pattern POSTMORTEM = Pattern.compile("/rest/hindsight/1.0/incidents/([A-Z][A-Z0-9_]*-[0-9]+)/postmortem");
    private static final Pattern REMOTE_LINK = Pattern.compile("/rest/api/2/issue/([A-Z][A-Z0-9_]*-[0-9]+)/remotelink");

    public final Map<String, JsonNode> issues = Collections.synchronizedMap(new LinkedHashMap<>());
    public final List<String> issueLinks = Collections.synchronizedList(new ArrayList<>());
    public final Map<String, JsonNode> remoteLinksByGlobalId = new ConcurrentHashMap<>();
    public final List<String> violations = Collections.synchronizedList(new ArrayList<>());
    public final List<String> searches = Collections.synchronizedList(new ArrayList<>());
    public final Map<String, JsonNode> incidents = new ConcurrentHashMap<>();
    public final Map<String, JsonNode> statuses = new ConcurrentHashMap<>();
    /** Issue key to {@code [status name, status category key]} for searches; an issue without one is "Open"/"new". */
    public final Map<String, String[]> workflowStatus = new ConcurrentHashMap<>();
    /** Every post-mortem record Confluence pushed: incident key, then the JSON body. */
    public final List<String> postmortemRecords = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Scripted> scripted = new ConcurrentHashMap<>();
    private final HttpServer server;
    private int nextIssue = 1;

    private record Scripted(int status, String body, long delayMillis) {
    }

    public FakeJira() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Every request whose path starts with {@code pathPrefix} gets this status and body. */
    public FakeJira answer(String method, String pathPrefix, int status, String body) {
        scripted.put(method + " " + pathPrefix, new Scripted(status, body, 0));
        return this;
    }

    /** Every such request is answered normally, but only after {@code millis}. */
    public FakeJira delay(String method, String pathPrefix, long millis) {
        scripted.put(method + " " + pathPrefix, new Scripted(0, null, millis));
        return this;
    }

    public FakeJira clearScripts() {
        scripted.clear();
        return this;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            for (Map.Entry<String, Scripted> script : scripted.entrySet()) {
                if ((method + " " + path).startsWith(script.getKey())) {
                    Scripted answer = script.getValue();
                    if (answer.delayMillis() > 0) {
                        sleep(answer.delayMillis());
                    } else {
                        respond(exchange, answer.status(), answer.body());
                        return;
                    }
                }
            }
            route(exchange, method, path, body);
        }
    }

    private void route(HttpExchange exchange, String method, String path, String body) throws IOException {
        List<String> problems = new ArrayList<>();
        if (method.equals("POST") || method.equals("PUT")) {
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            if (type == null || !type.startsWith("application/json")) {
                problems.add(path + ": Content-Type is " + type + ", not application/json");
            }
        }
        JsonNode json = body.isEmpty() ? null : JSON.readTree(body);
        if (method.equals("POST") && path.equals("/rest/api/2/issue")) {
            problems.addAll(JiraRequestSchema.createIssue(json));
            if (reject(exchange, problems)) {
                return;
            }
            String key = json.path("fields").path("project").path("key").asText() + "-" + nextIssue++;
            issues.put(key, json.path("fields"));
            respond(exchange, 201, "{\"id\":\"" + (10000 + nextIssue) + "\",\"key\":\"" + key + "\",\"self\":\""
                    + baseUri() + "/rest/api/2/issue/" + key + "\"}");
        } else if (method.equals("POST") && path.equals("/rest/api/2/issueLink")) {
            problems.addAll(JiraRequestSchema.issueLink(json));
            if (reject(exchange, problems)) {
                return;
            }
            String link = json.path("outwardIssue").path("key").asText() + " " + json.path("type").path("name")
                    .asText() + " " + json.path("inwardIssue").path("key").asText();
            if (!issueLinks.contains(link)) {
                issueLinks.add(link);
            }
            respond(exchange, 201, "");
        } else if (method.equals("POST") && REMOTE_LINK.matcher(path).matches()) {
            problems.addAll(JiraRequestSchema.remoteLink(json));
            if (reject(exchange, problems)) {
                return;
            }
            Matcher key = REMOTE_LINK.matcher(path);
            key.matches();
            boolean updated = remoteLinksByGlobalId.put(key.group(1) + "|" + json.path("globalId").asText(), json)
                    != null;
            respond(exchange, updated ? 200 : 201, "{\"id\":1,\"self\":\"" + baseUri() + path + "/1\"}");
        } else if (method.equals("GET") && path.equals("/rest/api/2/search")) {
            Map<String, String> parameters = query(exchange.getRequestURI());
            String jql = parameters.get("jql");
            searches.add(jql);
            Matcher keys = jql == null ? null : KEY_IN_JQL.matcher(jql);
            if (keys != null && keys.matches()) {
                searchByKeys(exchange, keys.group(1), parameters);
                return;
            }
            Matcher label = jql == null ? null : LABEL_JQL.matcher(jql);
            if (label == null || !label.matches()) {
                violations.add("search: unexpected JQL " + jql);
                respond(exchange, 400, "{\"errorMessages\":[\"Error in the JQL Query\"],\"errors\":{}}");
                return;
            }
            String wanted = label.group(1).replaceAll("\\\\(.)", "$1");
            List<String> found = new ArrayList<>();
            synchronized (issues) {
                issues.forEach((key, fields) -> fields.path("labels").forEach(l -> {
                    if (l.asText().equals(wanted)) {
                        found.add("{\"key\":\"" + key + "\"}");
                    }
                }));
            }
            respond(exchange, 200, "{\"startAt\":0,\"maxResults\":1,\"total\":" + found.size() + ",\"issues\":["
                    + (found.isEmpty() ? "" : found.get(0)) + "]}");
        } else if (method.equals("PUT") && POSTMORTEM.matcher(path).matches()) {
            Matcher incident = POSTMORTEM.matcher(path);
            incident.matches();
            problems.addAll(JiraRequestSchema.recordPostmortem(json));
            if (reject(exchange, problems)) {
                return;
            }
            JsonNode known = incidents.get(incident.group(1));
            if (known == null) {
                respond(exchange, 404, "{\"status\":404,\"code\":\"not_found\",\"message\":\"No such incident\"}");
                return;
            }
            postmortemRecords.add(incident.group(1) + " " + json);
            respond(exchange, 200, known.toString());
        } else if (method.equals("GET") && path.startsWith("/rest/hindsight/1.0/incidents/")) {
            JsonNode incident = incidents.get(path.substring("/rest/hindsight/1.0/incidents/".length()));
            respond(exchange, incident == null ? 404 : 200, incident == null
                    ? "{\"status\":404,\"code\":\"not-found\",\"message\":\"No such incident\"}" : incident.toString());
        } else if (method.equals("GET") && path.startsWith("/rest/api/2/issue/")) {
            JsonNode status = statuses.get(path.substring("/rest/api/2/issue/".length()));
            respond(exchange, status == null ? 404 : 200, status == null
                    ? "{\"errorMessages\":[\"Issue Does Not Exist\"],\"errors\":{}}" : status.toString());
        } else {
            violations.add("unexpected call " + method + " " + path);
            respond(exchange, 404, "{\"errorMessages\":[\"null for uri\"],\"errors\":{}}");
        }
    }

    /** Jira's search by key: with {@code validateQuery=false} keys that do not exist are skipped, else refused. */
    private void searchByKeys(HttpExchange exchange, String quotedKeys, Map<String, String> parameters)
            throws IOException {
        List<String> problems = JiraRequestSchema.searchByKeys(parameters);
        if (reject(exchange, problems)) {
            return;
        }
        List<String> found = new ArrayList<>();
        for (String quoted : quotedKeys.split(", ")) {
            String key = quoted.substring(1, quoted.length() - 1);
            JsonNode fields = issues.get(key);
            if (fields == null) {
                if (!"false".equals(parameters.get("validateQuery"))) {
                    respond(exchange, 400, "{\"errorMessages\":[\"An issue with key '" + key + "' does not exist for"
                            + " field 'key'.\"],\"errors\":{}}");
                    return;
                }
                continue;
            }
            String[] status = workflowStatus.getOrDefault(key, new String[] {"Open", "new"});
            found.add("{\"key\":\"" + key + "\",\"fields\":{\"status\":{\"name\":\"" + status[0]
                    + "\",\"statusCategory\":{\"key\":\"" + status[1] + "\"}},\"duedate\":"
                    + (fields.hasNonNull("duedate") ? "\"" + fields.get("duedate").asText() + "\"" : "null") + "}}");
        }
        respond(exchange, 200, "{\"startAt\":0,\"maxResults\":" + parameters.get("maxResults") + ",\"total\":"
                + found.size() + ",\"issues\":[" + String.join(",", found) + "]}");
    }

    private boolean reject(HttpExchange exchange, List<String> problems) throws IOException {
        if (problems.isEmpty()) {
            return false;
        }
        violations.addAll(problems);
        respond(exchange, 400, "{\"errorMessages\":[],\"errors\":{\"schema\":\"" + String.join("; ", problems)
                .replace("\"", "'") + "\"}}");
        return true;
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
