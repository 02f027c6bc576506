package io.hindsight.ingest.pagerduty;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

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

/** {@link PagerDutyAdapter} on v3 webhook events. */
public class PagerDutyAdapterTest {

    private static final IngestSource SOURCE = Sources.of(SourceType.PAGERDUTY);
    private final PagerDutyAdapter adapter = new PagerDutyAdapter();

    @Test
    public void triggered_isAPageWithTitleServiceLinkAndTheEventIdAsExternalId() {
        Signal page = read("pagerduty-triggered.json");

        assertEquals(TimelineEventKind.PAGE_TRIGGERED, page.kind());
        assertEquals(Instant.parse("2026-11-20T14:03:05.217Z"), page.occurredAt());
        assertEquals("PagerDuty incident #4711 triggered: [FIRING:1] HighErrorRate checkout-api (Checkout API)",
                page.summary());
        assertEquals("https://acme.pagerduty.com/incidents/Q2WX9KJ8PD", page.evidenceLink());
        assertEquals("01DEN4HPBQAIXK4M0WVBDL8PMD", page.externalId());
        assertTrue(page.details(), page.details().contains("Assignees: Sam Rivera"));
        assertTrue(page.details(), page.details().contains("Priority: P1"));
        assertTrue(page.canDeclare());
    }

    @Test
    public void incidentFields_areRoutingLabels() {
        Signal page = read("pagerduty-triggered.json");

        assertEquals("Checkout API", page.labels().get("service"));
        assertEquals("PSVC123", page.labels().get("service_id"));
        assertEquals("P1", page.labels().get("priority"));
        assertEquals("high", page.labels().get("urgency"));
        assertEquals("Payments", page.labels().get("team"));
        assertEquals("Checkout primary", page.labels().get("escalation_policy"));
        assertEquals("Q2WX9KJ8PD", page.labels().get("pagerduty_incident"));
        assertNull(page.incidentKey());
    }

    @Test
    public void acknowledgedEscalatedAndResolved_mapToTheirKindsWithWhoDidIt() {
        Signal acknowledged = read("pagerduty-acknowledged.json");
        Signal escalated = read("pagerduty-escalated.json");
        Signal resolved = read("pagerduty-resolved.json");

        assertEquals(TimelineEventKind.PAGE_ACKNOWLEDGED, acknowledged.kind());
        assertTrue(acknowledged.summary(), acknowledged.summary().startsWith("PagerDuty incident #4711 acknowledged by Sam Rivera:"));
        assertEquals(TimelineEventKind.PAGE_ESCALATED, escalated.kind());
        assertTrue(escalated.summary(), escalated.summary().startsWith("PagerDuty incident #4711 escalated:"));
        assertEquals(TimelineEventKind.PAGE_RESOLVED, resolved.kind());
        assertEquals(Instant.parse("2026-11-20T14:31:12.500Z"), resolved.occurredAt());
        assertTrue(!acknowledged.canDeclare() && !escalated.canDeclare() && !resolved.canDeclare());
    }

    @Test
    public void otherEventTypes_areIgnored() {
        assertEquals(List.of(), adapter.read(Payloads.file("pagerduty-annotated.json"), SOURCE));
        assertEquals(List.of(), adapter.read(Payloads.tree("{\"event\": {\"id\": \"p1\", \"event_type\": \"pagey.ping\", "
                + "\"occurred_at\": \"2026-11-20T14:00:00Z\", \"data\": {\"message\": \"Hello!\"}}}"), SOURCE));
    }

    @Test
    public void malformedEvents_areRefusedNamingTheField() {
        assertEquals("event", field("{\"messages\": []}"));
        assertEquals("event.id", field("{\"event\": {\"event_type\": \"incident.triggered\", \"occurred_at\": \"2026-11-20T14:00:00Z\"}}"));
        assertEquals("event.occurred_at", field("{\"event\": {\"id\": \"x\", \"event_type\": \"incident.triggered\", "
                + "\"occurred_at\": 12.5}}"));
        assertEquals("event.data", field("{\"event\": {\"id\": \"x\", \"event_type\": \"incident.triggered\", "
                + "\"occurred_at\": \"2026-11-20T14:00:00Z\", \"data\": \"PGR0VU2\"}}"));
    }

    private Signal read(String file) {
        List<Signal> signals = adapter.read(Payloads.file(file), SOURCE);
        assertEquals(1, signals.size());
        return signals.get(0);
    }

    private String field(String json) {
        return assertThrows(InvalidInputException.class, () -> adapter.read(Payloads.tree(json), SOURCE)).field();
    }
}
