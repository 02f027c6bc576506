package io.hindsight.security;

import static io.hindsight.security.SecurityRow.Guard.ADMIN;
import static io.hindsight.security.SecurityRow.Guard.INCIDENT_EDIT;
import static io.hindsight.security.SecurityRow.Guard.INCIDENT_VIEW;
import static io.hindsight.security.SecurityRow.Guard.SIGNED_IN_FILTERED;
import static io.hindsight.security.SecurityRow.Guard.WEBHOOK;
import static io.hindsight.security.SecurityRow.read;
import static io.hindsight.security.SecurityRow.write;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The security table: one row per REST endpoint of the embedded host, against the sample data ({@code OPS-2} is
 * and {@code OPS-1}, whose post-mortem and follow-ups the test creates, are seen by {@code vic}, edited by {@code sam},
 * invisible to {@code olga}). An endpoint added without a row here fails
 * {@link EndpointSecurityTableTest}.
 */
final class SecurityTable {

    /** The ingest source the table creates for its webhook rows. */
    static final String SOURCE = "security-table";

    static final List<SecurityRow> ROWS = List.of(
            read("GET /incidents/{key}", INCIDENT_VIEW, "/incidents/OPS-2"),
            write("POST /incidents", INCIDENT_EDIT, "/incidents",
                    "{\"projectKey\":\"OPS\",\"summary\":\"Queue backlog\",\"severity\":\"SEV-3\"}"),
            write("POST /incidents/{key}/transitions", INCIDENT_EDIT, "/incidents/OPS-2/transitions",
                    "{\"transition\":\"mitigate\",\"reason\":\"Rolled back\"}"),
            write("POST /incidents/{key}/severity", INCIDENT_EDIT, "/incidents/OPS-2/severity",
                    "{\"severity\":\"SEV-2\",\"reason\":\"More shards affected\"}"),
            write("PUT /incidents/{key}/key-instants/{instant}", INCIDENT_EDIT, "/incidents/OPS-2/key-instants/detected",
                    "{\"at\":\"2026-01-01T00:00:00Z\",\"reason\":\"From the dashboard\"}"),
            write("PUT /incidents/{key}/postmortem", INCIDENT_EDIT, "/incidents/OPS-2/postmortem",
                    "{\"url\":\"https://wiki.example.com/pm/1\",\"status\":\"draft\"}"),
            write("PUT /incidents/{key}/deadlines/{clock}", INCIDENT_EDIT,
                    "/incidents/OPS-2/deadlines/executive-notification", "{\"reason\":\"Told the CTO\"}"),
            write("PUT /incidents/{key}/personal-data-breach", INCIDENT_EDIT, "/incidents/OPS-2/personal-data-breach",
                    "{\"reason\":\"Customer e-mails exposed\"}"),
            write("PUT /incidents/{key}/metrics-exclusion", INCIDENT_EDIT, "/incidents/OPS-2/metrics-exclusion",
                    "{\"exclusion\":\"game-day\",\"reason\":\"Planned drill\"}"),
            read("GET /incidents/{key}/postmortem-source", INCIDENT_VIEW, "/incidents/OPS-2/postmortem-source"),
            read("GET /incidents/{key}/timeline", INCIDENT_VIEW, "/incidents/OPS-2/timeline?limit=5&order=oldest"),
            write("POST /incidents/{key}/timeline", INCIDENT_EDIT, "/incidents/OPS-2/timeline",
                    "{\"kind\":\"note\",\"summary\":\"Shard 4 healthy\",\"details\":\"Checked by hand\"}"),
            read("GET /incidents/{key}/timeline/{id}", INCIDENT_VIEW, "/incidents/OPS-2/timeline/%ID%"),
            write("POST /incidents/{key}/timeline/{id}/hide", INCIDENT_EDIT, "/incidents/OPS-2/timeline/%ID%/hide",
                    "{\"reason\":\"Duplicate\"}"),
            read("GET /incidents/{key}/timeline/export", INCIDENT_VIEW, "/incidents/OPS-2/timeline/export?format=csv"),
            read("GET /incidents/{key}/timeline/pins", INCIDENT_VIEW, "/incidents/OPS-2/timeline/pins"),
            // Pin reads no body, but is a JSON write (415 for a form), so no cross-site form can pin.
            write("POST /incidents/{key}/timeline/{id}/pin", INCIDENT_EDIT, "/incidents/OPS-2/timeline/%ID%/pin", null),
            write("DELETE /incidents/{key}/timeline/{id}/pin", INCIDENT_EDIT, "/incidents/OPS-2/timeline/%ID%/pin",
                    null),
            read("GET /severity-levels", SIGNED_IN_FILTERED, "/severity-levels"),
            read("GET /incidents/{key}/action-items", INCIDENT_VIEW, "/incidents/OPS-2/action-items"),
            write("POST /incidents/{key}/action-items", INCIDENT_EDIT, "/incidents/OPS-2/action-items",
                    "{\"summary\":\"Alert on pool saturation\",\"owner\":\"u1002\",\"due\":\"2030-12-31\","
                            + "\"priority\":\"High\",\"type\":\"short-term\"}"),
            read("GET /admin/severity-policy", ADMIN, "/admin/severity-policy"),
            // The body is the policy as GET answers it; the test fetches it rather than spelling it out here.
            write("PUT /admin/severity-policy", ADMIN, "/admin/severity-policy", "%POLICY%"),
            write("POST /ingest/{source}", WEBHOOK, "/ingest/" + SOURCE,
                    "{\"type\":\"deploy-finished\",\"id\":\"build-7\",\"service\":\"checkout\",\"incident\":\"OPS-2\"}",
                    // A sender cannot fix its payload: the webhook clips long text (SignalText) instead of refusing it.
                    "id", "service", "incident"),
            read("GET /ingest-sources", ADMIN, "/ingest-sources"),
            write("POST /ingest-sources", ADMIN, "/ingest-sources",
                    "{\"name\":\"another-source\",\"type\":\"deploy\",\"projects\":[\"OPS\"]}"),
            read("GET /ingest-sources/{name}", ADMIN, "/ingest-sources/" + SOURCE),
            write("PUT /ingest-sources/{name}", ADMIN, "/ingest-sources/" + SOURCE, "{\"projects\":[\"OPS\"]}"),
            write("POST /ingest-sources/{name}/rotate-secret", ADMIN, "/ingest-sources/" + SOURCE + "/rotate-secret",
                    "{\"graceMinutes\":60}"),
            read("GET /ingest-rejections", ADMIN, "/ingest-rejections?limit=5"),
            read("GET /metrics", SIGNED_IN_FILTERED, "/metrics"),
            read("GET /metrics/trace", SIGNED_IN_FILTERED, "/metrics/trace?figure=mttr"),
            read("GET /metrics/daily", SIGNED_IN_FILTERED, "/metrics/daily"),
            read("GET /metrics/open-incidents", SIGNED_IN_FILTERED, "/metrics/open-incidents"),
            read("GET /metrics/postmortems-due", SIGNED_IN_FILTERED, "/metrics/postmortems-due"),
            read("GET /metrics/export", SIGNED_IN_FILTERED, "/metrics/export?table=durations"),
            read("GET /action-items", SIGNED_IN_FILTERED, "/action-items"),
            read("GET /action-items/owners", SIGNED_IN_FILTERED, "/action-items/owners"),
            read("GET /action-items/export", SIGNED_IN_FILTERED, "/action-items/export"),
            write("POST /postmortems/{key}", INCIDENT_EDIT, "/postmortems/OPS-1", null),
            read("GET /postmortems/{key}", INCIDENT_VIEW, "/postmortems/OPS-1"),
            write("PUT /postmortems/{key}", INCIDENT_EDIT, "/postmortems/OPS-1",
                    "{\"version\":1,\"body\":\"<p>Short</p>\"}", "body"),
            write("POST /postmortems/{key}/follow-ups", INCIDENT_EDIT, "/postmortems/OPS-1/follow-ups", null),
            write("POST /postmortems/{key}/status", INCIDENT_EDIT, "/postmortems/OPS-1/status",
                    "{\"status\":\"in-review\"}"),
            read("GET /follow-ups", INCIDENT_VIEW, "/follow-ups?incident=OPS-1"),
            read("GET /follow-ups/{issueKey}", INCIDENT_VIEW, "/follow-ups/%ISSUE%"),
            write("POST /follow-ups/{issueKey}/transitions", INCIDENT_EDIT, "/follow-ups/%ISSUE%/transitions",
                    "{\"status\":\"done\"}"),
            read("GET /admin/backup", ADMIN, "/admin/backup"));

    private SecurityTable() {
    }

    static Map<String, SecurityRow> byEndpoint() {
        return ROWS.stream().collect(Collectors.toMap(SecurityRow::endpoint, Function.identity()));
    }

    /** The endpoints the resources declare that the table has no row for. */
    static Set<String> endpointsWithoutRow(List<Class<?>> resources) {
        Set<String> missing = new TreeSet<>();
        Map<String, SecurityRow> rows = byEndpoint();
        Endpoint.declaredBy(resources).forEach(endpoint -> {
            if (!rows.containsKey(endpoint.id())) {
                missing.add(endpoint.id());
            }
        });
        return missing;
    }

    /** Rows naming an endpoint that no resource declares (renamed or removed). */
    static Set<String> rowsWithoutEndpoint(List<Class<?>> resources) {
        Set<String> declared = Endpoint.declaredBy(resources).stream().map(Endpoint::id)
                .collect(Collectors.toSet());
        return ROWS.stream().map(SecurityRow::endpoint).filter(id -> !declared.contains(id))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
