package io.hindsight.ingest.deploy;

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
import org.junit.Test;

/** {@link DeployEventAdapter} on the documented CI/CD change-event schema. */
public class DeployEventAdapterTest {

    private static final IngestSource SOURCE = Sources.of(SourceType.DEPLOY);
    private final DeployEventAdapter adapter = new DeployEventAdapter();

    @Test
    public void deployFinished_hasAGeneratedSummaryTheLinkAndTheJobsIdAsExternalId() {
        Signal deploy = adapter.read(Payloads.file("deploy-finished.json"), SOURCE).get(0);

        assertEquals(TimelineEventKind.DEPLOY_FINISHED, deploy.kind());
        assertEquals(Instant.parse("2026-11-20T13:54:30Z"), deploy.occurredAt());
        assertEquals("checkout-api 2.41.0 deployed in production by sam-rivera", deploy.summary());
        assertEquals("Changed the connection pool size from 50 to 5.", deploy.details());
        assertEquals("https://ci.example.com/checkout-api/actions/runs/8812", deploy.evidenceLink());
        assertEquals("github-actions/checkout-api/run-8812/attempt-1/deploy", deploy.externalId());
        assertEquals("payments", deploy.labels().get("team"));
        assertEquals("checkout-api", deploy.labels().get("service"));
        assertEquals("deploy-finished", deploy.labels().get("type"));
    }

    @Test
    public void everyType_hasItsKindAndSummary() {
        assertEquals("Deploy of web 3.1 started", one("{\"type\": \"deploy-started\", \"id\": \"1\", \"service\": \"web\", "
                + "\"version\": \"3.1\"}").summary());
        Signal rollback = one("{\"type\": \"rollback\", \"id\": \"2\", \"service\": \"web\", \"version\": \"3.0\"}");
        assertEquals(TimelineEventKind.ROLLBACK, rollback.kind());
        assertEquals("web rolled back to 3.0", rollback.summary());
        Signal flag = one("{\"type\": \"feature-flag\", \"id\": \"3\", \"service\": \"web\", \"flag\": \"new-cart\", "
                + "\"value\": false}");
        assertEquals(TimelineEventKind.FEATURE_FLAG_CHANGED, flag.kind());
        assertEquals("Feature flag new-cart of web changed to false", flag.summary());
        Signal config = one("{\"type\": \"config-change\", \"id\": \"4\", \"service\": \"web\", \"summary\": \"Raised pool to 50\"}");
        assertEquals(TimelineEventKind.CONFIG_CHANGED, config.kind());
        assertEquals("Raised pool to 50", config.summary());
        assertNull("no time given: when it arrives", config.occurredAt());
    }

    @Test
    public void batch_ofEvents_isRead_andItsSizeBounded() {
        List<Signal> signals = adapter.read(Payloads.tree("{\"events\": [{\"type\": \"rollback\", \"id\": \"a\", "
                + "\"service\": \"web\"}, {\"type\": \"deploy-finished\", \"id\": \"b\", \"service\": \"web\", "
                + "\"incident\": \"ops-7\"}]}"), SOURCE);

        assertEquals(2, signals.size());
        assertEquals("events[1]", signals.get(1).path());
        assertEquals("OPS-7", signals.get(1).incidentKey());
        StringBuilder many = new StringBuilder("{\"events\": [");
        for (int i = 0; i < 1_001; i++) {
            many.append(i == 0 ? "" : ",").append("{\"type\": \"rollback\", \"id\": \"").append(i).append("\", \"service\": \"w\"}");
        }
        assertEquals(413, assertThrows(DeliveryRejectedException.class,
                () -> adapter.read(Payloads.tree(many + "]}"), SOURCE)).status());
    }

    @Test
    public void unknownProperty_isRefusedSinceTheSchemaIsOurs() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> one(
                "{\"type\": \"rollback\", \"id\": \"1\", \"service\": \"web\", \"occuredAt\": \"2026-11-20T14:00:00Z\"}"));

        assertEquals("occuredAt", e.field());
        assertTrue(e.getMessage(), e.getMessage().contains("occurredAt"));
    }

    @Test
    public void missingOrWrongValues_areRefusedNamingThem() {
        assertEquals("type", field("{\"id\": \"1\", \"service\": \"web\"}"));
        assertEquals("type", field("{\"type\": \"deployed\", \"id\": \"1\", \"service\": \"web\"}"));
        assertEquals("id", field("{\"type\": \"rollback\", \"service\": \"web\"}"));
        assertEquals("service", field("{\"type\": \"rollback\", \"id\": \"1\", \"service\": 7}"));
        assertEquals("labels.region", field("{\"type\": \"rollback\", \"id\": \"1\", \"service\": \"w\", \"labels\": {\"region\": 1}}"));
        assertEquals("occurredAt", field("{\"type\": \"rollback\", \"id\": \"1\", \"service\": \"w\", \"occurredAt\": \"now\"}"));
        assertEquals("events[0].id", field("{\"events\": [{\"type\": \"rollback\", \"service\": \"w\"}]}"));
    }

    private Signal one(String json) {
        List<Signal> signals = adapter.read(Payloads.tree(json), SOURCE);
        assertEquals(1, signals.size());
        return signals.get(0);
    }

    private String field(String json) {
        return assertThrows(InvalidInputException.class, () -> adapter.read(Payloads.tree(json), SOURCE)).field();
    }
}
