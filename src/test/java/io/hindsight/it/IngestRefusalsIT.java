package io.hindsight.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hindsight.ingest.pagerduty.PagerDutySignatureTest;
import io.hindsight.standalone.EmbeddedHost;
import io.hindsight.standalone.HostOptions;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * Deliveries that must not change anything, one row each, against the embedded host: each gets its status and
 * error code, leaves the incident's timeline exactly as it was, and (where the source is known) is on the record
 * of refusals that admins read. A replayed delivery is the one success in the table: 200, and nothing new stored.
 */
@RunWith(Parameterized.class)
public class IngestRefusalsIT {

    private static final String PD_SECRET = "pagerduty-signing-secret-e2e";
    private static final Instant STARTS_AT = Instant.now().minusSeconds(120).truncatedTo(ChronoUnit.MILLIS);

    private static Path data;
    private static EmbeddedHost host;
    private static HostClient client;
    private static String token;
    private static String limitedToken;

    private final String name;
    private final Function<Row, HttpResponse<String>> delivery;
    private final int status;
    private final String code;

    /** What a row may use to build its request. */
    record Row(HostClient client, String token, String limitedToken) {
    }

    public IngestRefusalsIT(String name, Function<Row, HttpResponse<String>> delivery, int status, String code) {
        this.name = name;
        this.delivery = delivery;
        this.status = status;
        this.code = code;
    }

    @Parameters(name = "{0}")
    public static Collection<Object[]> table() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(row("no credentials", r -> am(r, valid()), 401, "missing_credentials"));
        rows.add(row("a user's Basic sign-in instead of the token", r -> am(r, valid(), "Authorization",
                "Basic YWxleDpoaW5kc2lnaHQ="), 401, "missing_credentials"));
        rows.add(row("wrong token", r -> am(r, valid(), "Authorization", "Bearer hst_not-the-token"), 401,
                "invalid_credentials"));
        rows.add(row("another source's token", r -> r.client().deliver("limited", bytes(valid()), "Content-Type",
                "application/json", "Authorization", "Bearer " + r.token()), 401, "invalid_credentials"));
        rows.add(row("unknown source", r -> r.client().deliver("nope", bytes(valid()), "Content-Type",
                "application/json", "Authorization", "Bearer " + r.token()), 404, "unknown_source"));
        rows.add(row("body over 1 MiB", r -> am(r, "{\"pad\": \"" + "x".repeat(1_100_000) + "\"}",
                "Authorization", "Bearer " + r.token()), 413, "payload_too_large"));
        rows.add(row("1001 alerts", r -> am(r, group(1_001), "Authorization", "Bearer " + r.token()), 413,
                "too_many_items"));
        rows.add(row("not JSON", r -> am(r, "{\"alerts\": [", "Authorization", "Bearer " + r.token()), 400,
                "invalid_input"));
        rows.add(row("wrong type", r -> am(r, "{\"alerts\": [{\"status\": \"firing\", \"labels\": {}, "
                + "\"startsAt\": 1.5}]}", "Authorization", "Bearer " + r.token()), 400, "invalid_input"));
        rows.add(row("firing in the future", r -> am(r, alert(Instant.now().plusSeconds(3_600), "f"),
                "Authorization", "Bearer " + r.token()), 400, "invalid_input"));
        rows.add(row("sent as text/plain", r -> r.client().deliver("am", bytes(valid()), "Content-Type", "text/plain",
                "Authorization", "Bearer " + r.token()), 415, "unsupported_media_type"));
        rows.add(row("over the rate limit (1 a second, burst 1)", r -> {
            r.client().deliver("limited", bytes("{\"alerts\": []}"), "Content-Type", "application/json",
                    "Authorization", "Bearer " + r.limitedToken());
            return r.client().deliver("limited", bytes("{\"alerts\": []}"), "Content-Type", "application/json",
                    "Authorization", "Bearer " + r.limitedToken());
        }, 429, "rate_limited"));
        rows.add(row("PagerDuty without signature", r -> pd(r, pagerDuty(), null), 401, "missing_signature"));
        rows.add(row("PagerDuty signed with another secret", r -> pd(r, pagerDuty(),
                PagerDutySignatureTest.sign(pagerDuty(), "some-other-secret-entirely")), 401, "invalid_signature"));
        rows.add(row("PagerDuty body altered after signing", r -> pd(r, pagerDuty().replace("Checkout", "Ch3ckout"),
                PagerDutySignatureTest.sign(pagerDuty(), PD_SECRET)), 401, "invalid_signature"));
        rows.add(row("replayed Alertmanager delivery", r -> am(r, valid(), "Authorization", "Bearer " + r.token()),
                200, null));
        rows.add(row("replayed PagerDuty delivery", r -> pd(r, pagerDuty(),
                PagerDutySignatureTest.sign(pagerDuty(), PD_SECRET)), 200, null));
        return rows;
    }

    @BeforeClass
    public static void start() throws Exception {
        data = Files.createTempDirectory("hindsight-refusals");
        host = EmbeddedHost.start(HostOptions.parse("--port", "0", "--data", data.toString(), "--no-sample-data"));
        client = new HostClient(host.baseUrl());
        host.incidents().create("OPS", "Checkout errors");
        token = HostClient.json(client.postJson("/ingest-sources", "alex",
                "{\"name\": \"am\", \"type\": \"alertmanager\"}"), 201).get("secret").asText();
        limitedToken = HostClient.json(client.postJson("/ingest-sources", "alex",
                "{\"name\": \"limited\", \"type\": \"alertmanager\", \"rateLimit\": {\"perSecond\": 1, \"burst\": 1}}"),
                201).get("secret").asText();
        HostClient.json(client.postJson("/ingest-sources", "alex", "{\"name\": \"pd\", \"type\": \"pagerduty\", "
                + "\"secret\": \"" + PD_SECRET + "\", \"rules\": [{\"name\": \"checkout\", \"project\": \"OPS\"}]}"), 201);
        HostClient.json(client.deliver("am", bytes(valid()), "Content-Type", "application/json",
                "Authorization", "Bearer " + token), 200);
        HostClient.json(pd(new Row(client, token, limitedToken), pagerDuty(),
                PagerDutySignatureTest.sign(pagerDuty(), PD_SECRET)), 200);
    }

    @AfterClass
    public static void stop() throws Exception {
        host.close();
    }

    @Test
    public void delivery_getsItsStatus_andLeavesTheTimelineUnchanged() {
        List<JsonNode> before = client.timeline("OPS-1");

        HttpResponse<String> response = delivery.apply(new Row(client, token, limitedToken));

        JsonNode body = HostClient.json(response, status);
        assertEquals(name + ": the timeline must not change", before, client.timeline("OPS-1"));
        if (code == null) {
            assertEquals(name, 0, body.get("stored").asInt());
            assertTrue(name, body.get("duplicates").asInt() >= 1);
            return;
        }
        assertEquals(name, code, body.get("code").asText());
        assertEquals(name, status, body.get("status").asInt());
        if (code.equals("unsupported_media_type")) {
            // Refused by the container before Hindsight sees the delivery, so there is nothing to record.
            return;
        }
        String source = response.uri().getPath().replaceAll(".*/ingest/", "");
        JsonNode recorded = HostClient.json(client.get("/ingest-rejections?source=" + source + "&limit=1", "alex"), 200);
        assertEquals(name + ": recorded", code, recorded.get(0).get("code").asText());
        assertTrue(name + ": no credentials in the record", !recorded.toString().contains(token)
                && !recorded.toString().contains(PD_SECRET));
    }

    private static Object[] row(String name, Function<Row, HttpResponse<String>> delivery, int status, String code) {
        return new Object[] {name, delivery, status, code};
    }

    private static HttpResponse<String> am(Row row, String body, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = "application/json";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return row.client().deliver("am", bytes(body), all);
    }

    private static HttpResponse<String> pd(Row row, String body, String signature) {
        return signature == null
                ? row.client().deliver("pd", bytes(body), "Content-Type", "application/json")
                : row.client().deliver("pd", bytes(body), "Content-Type", "application/json",
                        "X-PagerDuty-Signature", signature);
    }

    private static String valid() {
        return alert(STARTS_AT, "8f3a1c2d4e5b6a79");
    }

    private static String alert(Instant startsAt, String fingerprint) {
        return "{\"version\": \"4\", \"alerts\": [{\"status\": \"firing\", \"labels\": {\"alertname\": \"HighErrorRate\","
                + " \"hindsight_incident\": \"OPS-1\"}, \"startsAt\": \"" + startsAt + "\", \"fingerprint\": \""
                + fingerprint + "\"}]}";
    }

    private static String pagerDuty() {
        return "{\"event\": {\"id\": \"01E2E\", \"event_type\": \"incident.triggered\", \"occurred_at\": \""
                + STARTS_AT + "\", \"data\": {\"title\": \"Checkout down\", \"number\": 12, "
                + "\"service\": {\"summary\": \"Checkout API\"}}}}";
    }

    private static String group(int size) {
        StringBuilder alerts = new StringBuilder();
        for (int i = 0; i < size; i++) {
            alerts.append(i == 0 ? "" : ",").append("{\"status\":\"firing\",\"labels\":{\"alertname\":\"Node\","
                    + "\"hindsight_incident\":\"OPS-1\"},\"startsAt\":\"").append(STARTS_AT).append("\",\"fingerprint\":\"")
                    .append(i).append("\"}");
        }
        return "{\"version\":\"4\",\"alerts\":[" + alerts + "]}";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
