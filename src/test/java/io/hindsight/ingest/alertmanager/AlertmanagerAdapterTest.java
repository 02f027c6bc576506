package io.hindsight.ingest.alertmanager;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.hindsight.ingest.DeliveryRejectedException;
import io.hindsight.ingest.IngestSource;
import io.hindsight.ingest.Payloads;
import io.hindsight.ingest.Signal;
import io.hindsight.ingest.SourceType;
import io.hindsight.ingest.Sources;
import io.hindsight.platform.InvalidInputException;
import io.hindsight.timeline.TimelineEventKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** {@link AlertmanagerAdapter} on version 4 webhook payloads, ordinary and odd. */
public class AlertmanagerAdapterTest {

    private static final IngestSource SOURCE = Sources.of(SourceType.ALERTMANAGER);
    private final AlertmanagerAdapter adapter = new AlertmanagerAdapter();

    @Test
    public void firingAlert_happensAtStartsAtWithSummaryLinkAndLabels() {
        Signal firing = adapter.read(Payloads.file("alertmanager-firing.json"), SOURCE).get(0);

        assertEquals(TimelineEventKind.ALERT_FIRING, firing.kind());
        assertEquals(Instant.parse("2026-11-20T14:02:11.412345678Z"), firing.occurredAt());
        assertEquals("alerts[0].startsAt", firing.occurredAtField());
        assertEquals("HighErrorRate firing: 23% of checkout requests answer 5xx", firing.summary());
        assertTrue(firing.details(), firing.details().startsWith("The 5xx ratio of checkout-api has been above 5%"));
        assertTrue(firing.details(), firing.details().contains("runbook_url=\"https://runbooks.example.com/"));
        assertTrue(firing.details(), firing.details().contains("Labels:\nalertname=\"HighErrorRate\"\nnamespace=\"shop\""));
        assertTrue(firing.evidenceLink(), firing.evidenceLink().startsWith("https://prometheus.example.com/graph?"));
        assertEquals("checkout-api", firing.labels().get("service"));
        assertNull(firing.incidentKey());
    }

    @Test
    public void resolvedAlertInAFiringGroup_isResolvedAtEndsAt() {
        List<Signal> signals = adapter.read(Payloads.file("alertmanager-firing.json"), SOURCE);

        Signal resolved = signals.get(1);
        assertEquals(TimelineEventKind.ALERT_RESOLVED, resolved.kind());
        assertEquals(Instant.parse("2026-11-20T14:06:10.120Z"), resolved.occurredAt());
        assertEquals("alerts[1].endsAt", resolved.occurredAtField());
        assertEquals("CheckoutLatencyP99 resolved: p99 latency above 2 s", resolved.summary());
    }

    @Test
    public void externalId_isFingerprintStartsAtAndStatus_soRepeatsMatchAndResolutionDiffers() {
        List<Signal> first = adapter.read(Payloads.file("alertmanager-firing.json"), SOURCE);
        List<Signal> repeat = adapter.read(Payloads.file("alertmanager-firing.json"), SOURCE);

        assertEquals("8f3a1c2d4e5b6a79@2026-11-20T14:02:11.412345678Z:firing", first.get(0).externalId());
        assertEquals(first.get(0).externalId(), repeat.get(0).externalId());
        assertEquals("1b2c3d4e5f607182@2026-11-20T13:58:40Z:resolved", first.get(1).externalId());
    }

    @Test
    public void oddAlert_withoutAnnotationsOrFingerprint_withUnicodeAndUnknownFields_isRead() {
        Signal odd = adapter.read(Payloads.file("alertmanager-odd.json"), SOURCE).get(0);

        assertEquals("DiskAlmostFull firing", odd.summary());
        assertEquals(Instant.parse("2026-11-20T13:02:11Z"), odd.occurredAt());
        assertEquals("データベース", odd.labels().get("team"));
        assertTrue(odd.details(), odd.details().contains("instance=\"db-3.zürich.example:9100\""));
        assertTrue(odd.externalId(), odd.externalId().matches("labels:[0-9a-f]{16}@2026-11-20T13:02:11Z:firing"));
        assertNull("a relative generatorURL is no evidence link", odd.evidenceLink());
    }

    @Test
    public void missingFingerprint_isDerivedFromTheLabelsWhateverTheirOrder() {
        String a = alert("\"labels\": {\"alertname\": \"A\", \"job\": \"x\"}, \"startsAt\": \"2026-11-20T14:00:00Z\"");
        String b = alert("\"labels\": {\"job\": \"x\", \"alertname\": \"A\"}, \"startsAt\": \"2026-11-20T14:00:00Z\"");

        assertEquals(read(a).get(0).externalId(), read(b).get(0).externalId());
    }

    @Test
    public void resolvedAlertWithoutEndsAt_isRefusedNamingIt() {
        String payload = alert("\"status\": \"resolved\", \"labels\": {\"alertname\": \"A\"}, "
                + "\"startsAt\": \"2026-11-20T14:00:00Z\", \"endsAt\": \"0001-01-01T00:00:00Z\"");

        assertEquals("alerts[0].endsAt", field(payload));
    }

    @Test
    public void endsAtBeforeStartsAt_isRefused() {
        String payload = alert("\"status\": \"resolved\", \"labels\": {}, \"startsAt\": \"2026-11-20T14:00:00Z\", "
                + "\"endsAt\": \"2026-11-20T13:00:00Z\"");

        assertEquals("alerts[0].endsAt", field(payload));
    }

    @Test
    public void wrongTypes_areRefusedNamingTheValue() {
        assertEquals("alerts[0].labels.port", field(alert("\"labels\": {\"port\": 8080}, \"startsAt\": \"2026-11-20T14:00:00Z\"")));
        assertEquals("alerts[0].startsAt", field(alert("\"labels\": {}, \"startsAt\": 12.5")));
        assertEquals("alerts[0].startsAt", field(alert("\"labels\": {}, \"startsAt\": \"yesterday\"")));
        assertEquals("alerts[0].status", field(alert("\"status\": \"pending\", \"labels\": {}, \"startsAt\": \"2026-11-20T14:00:00Z\"")));
        assertEquals("alerts", field("{\"version\": \"4\", \"alerts\": {\"a\": 1}}"));
        assertEquals("alerts[0]", field("{\"version\": \"4\", \"alerts\": [\"firing\"]}"));
        assertEquals("alerts[0].labels", field(alert("\"labels\": [\"a\"], \"startsAt\": \"2026-11-20T14:00:00Z\"")));
    }

    @Test
    public void missingAlertsOrAnotherVersion_isRefused() {
        assertEquals("alerts", field("{\"version\": \"4\", \"status\": \"firing\"}"));
        assertEquals("version", field("{\"version\": \"3\", \"alerts\": []}"));
        InvalidInputException notAnObject = assertThrows(InvalidInputException.class, () -> read("[1, 2]"));
        assertNull(notAnObject.field());
    }

    @Test
    public void aThousandAlertsInOneGroup_areRead_andOneMoreIsRefusedWith413() {
        assertEquals(1_000, read(group(1_000)).size());

        DeliveryRejectedException tooMany = assertThrows(DeliveryRejectedException.class, () -> read(group(1_001)));
        assertEquals(413, tooMany.status());
        assertTrue(tooMany.getMessage(), tooMany.getMessage().contains("at most 1000"));
    }

    @Test
    public void incidentKey_comesFromTheLabelOrElseTheAnnotation_upperCased() {
        assertEquals("OPS-12", read(alert("\"labels\": {\"hindsight_incident\": \"ops-12\"}, "
                + "\"startsAt\": \"2026-11-20T14:00:00Z\"")).get(0).incidentKey());
        assertEquals("SEC-3", read(alert("\"labels\": {}, \"annotations\": {\"hindsight_incident\": \" SEC-3 \"}, "
                + "\"startsAt\": \"2026-11-20T14:00:00Z\"")).get(0).incidentKey());
    }

    @Test
    public void controlCharactersAndOverlongText_areCleanedNotRefused() {
        String summary = "Disk\\u0000 full\\u0007 " + "x".repeat(400);
        Signal signal = read(alert("\"labels\": {\"alertname\": \"A\"}, \"annotations\": {\"summary\": \"" + summary
                + "\"}, \"startsAt\": \"2026-11-20T14:00:00Z\"")).get(0);

        assertTrue(signal.summary(), signal.summary().startsWith("A firing: Disk full x"));
        assertEquals(255, signal.summary().codePointCount(0, signal.summary().length()));
        assertTrue(signal.summary().endsWith("…"));
    }

    @Test
    public void labels_areRoutingLabelsAsSent() {
        Signal signal = read(alert("\"labels\": {\"alertname\": \"A\", \"severity\": \"page\"}, "
                + "\"startsAt\": \"2026-11-20T14:00:00Z\"")).get(0);

        assertEquals(Map.of("alertname", "A", "severity", "page"), signal.labels());
    }

    private List<Signal> read(String json) {
        return adapter.read(Payloads.tree(json), SOURCE);
    }

    private String field(String json) {
        return assertThrows(InvalidInputException.class, () -> read(json)).field();
    }

    private static String alert(String members) {
        String withStatus = members.contains("\"status\"") ? members : "\"status\": \"firing\", " + members;
        return "{\"version\": \"4\", \"status\": \"firing\", \"alerts\": [{" + withStatus + "}]}";
    }

    private static String group(int size) {
        StringBuilder alerts = new StringBuilder();
        for (int i = 0; i < size; i++) {
            alerts.append(i == 0 ? "" : ",").append("{\"status\":\"firing\",\"labels\":{\"alertname\":\"NodeDown\","
                    + "\"instance\":\"node-").append(i).append("\"},\"startsAt\":\"2026-11-20T14:00:00Z\","
                    + "\"fingerprint\":\"").append(String.format("%016x", i)).append("\"}");
        }
        return "{\"version\":\"4\",\"status\":\"firing\",\"alerts\":[" + alerts + "]}";
    }
}
