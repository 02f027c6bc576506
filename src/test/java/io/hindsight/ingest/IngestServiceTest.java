package io.hindsight.ingest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.hindsight.incident.GrantedPermissions;
import io.hindsight.incident.IncidentAccess;
import io.hindsight.incident.IncidentRef;
import io.hindsight.incident.InMemoryIncidentDirectory;
import io.hindsight.ingest.pagerduty.PagerDutySignatureTest;
import io.hindsight.ingest.rest.JacksonPayloadParser;
import io.hindsight.platform.CurrentUser;
import io.hindsight.platform.InvalidInputException;
import io.hindsight.timeline.InMemoryTimelineStore;
import io.hindsight.timeline.TimelineEvent;
import io.hindsight.timeline.TimelineQuery;
import io.hindsight.timeline.TimelineService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;

/** {@link IngestService} on in-memory ports: the order of checks, what each refusal leaves behind, idempotency. */
public class IngestServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-20T14:10:00Z");
    private static final IncidentRef OPS_12 = new IncidentRef(12, "OPS-12", "OPS", "Checkout down");
    private static final String PAGERDUTY_SECRET = "pagerduty-signing-secret-0001";

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryIngestSourceStore sources = new InMemoryIngestSourceStore();
    private final InMemoryRejectedDeliveryLog rejections = new InMemoryRejectedDeliveryLog();
    private final InMemoryTimelineStore timelineStore = new InMemoryTimelineStore();
    private final InMemoryIncidentDirectory directory = new InMemoryIncidentDirectory().with(OPS_12);
    private IngestService ingest;
    private IngestSourceService admin;
    private String token;

    @Before
    public void wire() {
        CurrentUser admins = () -> Optional.of("admin");
        TimelineService timeline = new TimelineService(new IncidentAccess(directory, new GrantedPermissions(), admins),
                timelineStore, admins, clock);
        ingest = new IngestService(sources, rejections, directory, new InMemoryIncidentClaims(),
                new RecordingIncidentDeclarer(directory), timeline, new JacksonPayloadParser(),
                new DeliveryRateLimiter(), clock);
        admin = new IngestSourceService(sources, rejections, admins, clock);
        token = admin.create("am", SourceType.ALERTMANAGER, new IngestSettings(null, List.of(), null,
                new RateLimit(1, 3)), null).issuedSecret();
        admin.create("pd", SourceType.PAGERDUTY, null, PAGERDUTY_SECRET);
    }

    @Test
    public void delivery_storesItsAlertsOnTheNamedIncident_andARepeatStoresNothingNew() {
        DeliveryReport first = ingest.deliver(alertmanager("Bearer " + token, firing("OPS-12")));
        DeliveryReport repeat = ingest.deliver(alertmanager("HindsightToken " + token, firing("OPS-12")));

        assertEquals(new DeliveryReport("am", 1, 1, 0, List.of("OPS-12"), List.of(), 0, List.of()), first);
        assertEquals(new DeliveryReport("am", 1, 0, 1, List.of("OPS-12"), List.of(), 0, List.of()), repeat);
        TimelineEvent stored = timeline().get(0);
        assertEquals("alertmanager", stored.source().code());
        assertNull("machine sources have no actor", stored.actorKey());
        assertEquals(1, timeline().size());
    }

    @Test
    public void resolutionDeliveredBeforeItsFiring_bothAreStoredAtTheirOwnInstants_inTimelineOrder() {
        Instant startsAt = NOW.minusSeconds(600);
        Instant endsAt = NOW.minusSeconds(60);
        String resolved = "{\"alerts\": [{\"status\": \"resolved\", \"labels\": {\"alertname\": \"DiskFull\", "
                + "\"hindsight_incident\": \"OPS-12\"}, \"startsAt\": \"" + startsAt + "\", \"endsAt\": \"" + endsAt
                + "\", \"fingerprint\": \"abc\"}]}";

        ingest.deliver(alertmanager("Bearer " + token, resolved));
        ingest.deliver(alertmanager("Bearer " + token, resolved.replace("resolved", "firing")
                .replace("\"endsAt\": \"" + endsAt + "\"", "\"endsAt\": \"0001-01-01T00:00:00Z\"")));

        assertEquals(List.of("alert-firing", "alert-resolved"),
                timeline().stream().map(event -> event.kind().code()).toList());
        assertEquals(List.of(startsAt, endsAt), timeline().stream().map(TimelineEvent::occurredAt).toList());
    }

    @Test
    public void unknownSource_is404AndRecorded() {
        DeliveryRejectedException e = rejected(new Delivery("nope", "Bearer " + token, null, bytes(firing("OPS-12")), 0));

        assertEquals(404, e.status());
        assertEquals("unknown_source", rejections.all().get(0).code());
    }

    @Test
    public void missingOrWrongToken_is401_recordedWithoutTheToken() {
        assertEquals("missing_credentials", rejected(alertmanager(null, firing("OPS-12"))).code());
        assertEquals("missing_credentials", rejected(alertmanager("Basic dXNlcjpwdw==", firing("OPS-12"))).code());
        assertEquals("invalid_credentials", rejected(alertmanager("Bearer " + token + "x", firing("OPS-12"))).code());

        assertTrue(timeline().isEmpty());
        assertEquals(3, rejections.all().size());
        assertTrue(rejections.all().stream().allMatch(r -> r.status() == 401 && !r.message().contains(token)));
    }

    @Test
    public void rotatedToken_keepsTheOldOneValidForTheGracePeriodOnly() {
        String next = admin.rotate("am", Duration.ofMinutes(30), null).issuedSecret();

        ingest.deliver(alertmanager("Bearer " + token, firing("OPS-12")));
        ingest.deliver(alertmanager("Bearer " + next, firing("OPS-12")));
        clock.advance(Duration.ofMinutes(31));

        assertEquals("invalid_credentials", rejected(alertmanager("Bearer " + token, firing("OPS-12"))).code());
        ingest.deliver(alertmanager("Bearer " + next, firing("OPS-12")));
    }

    @Test
    public void oversizedBody_is413AfterTheTokenIsChecked() {
        assertEquals(401, rejected(Delivery.tooLarge("am", null, null, 1_048_576)).status());
        DeliveryRejectedException tooLarge = rejected(Delivery.tooLarge("am", "Bearer " + token, null, 1_048_576));

        assertEquals(413, tooLarge.status());
        assertTrue(tooLarge.getMessage().contains("1048576"));
    }

    @Test
    public void rateLimit_refusesWith429AndTheSecondsToWait() {
        for (int i = 0; i < 3; i++) {
            ingest.deliver(alertmanager("Bearer " + token, firing("OPS-12")));
        }

        DeliveryRejectedException limited = rejected(alertmanager("Bearer " + token, firing("OPS-12")));

        assertEquals(429, limited.status());
        assertEquals(1, limited.retryAfterSeconds());
    }

    @Test
    public void malformedJson_is400_recordedWithASanitisedExcerpt() {
        String body = "{\"password\": \"hunter2\", \"alerts\": [\u0001";

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ingest.deliver(alertmanager("Bearer " + token, body)));

        assertTrue(e.getMessage(), e.getMessage().startsWith("The body is not valid JSON"));
        RejectedDelivery record = rejections.all().get(0);
        assertEquals(400, record.status());
        assertEquals("{\"password\": \"***\", \"alerts\": [ ", record.excerpt());
        assertFalse(record.excerpt().contains("hunter2"));
    }

    @Test
    public void alertFarInTheFuture_refusesTheWholePayloadNamingIt_andStoresNothing() {
        String payload = "{\"alerts\": [" + alert("OPS-12", "a", NOW) + "," + alert("OPS-12", "b", NOW.plusSeconds(3_600)) + "]}";

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ingest.deliver(alertmanager("Bearer " + token, payload)));

        assertEquals("alerts[1].startsAt", e.field());
        assertTrue(timeline().isEmpty());
    }

    @Test
    public void signedSource_acceptsAValidSignature_andRefusesMissingWrongOrOversized() {
        String body = pagerDutyTriggered();
        String signature = PagerDutySignatureTest.sign(body, PAGERDUTY_SECRET);

        DeliveryReport report = ingest.deliver(new Delivery("pd", null, signature, bytes(body), 0));

        assertEquals(1, report.received());
        assertEquals(1, report.unrouted());
        assertEquals("missing_signature", rejected(new Delivery("pd", null, null, bytes(body), 0)).code());
        assertEquals("invalid_signature", rejected(new Delivery("pd", null,
                PagerDutySignatureTest.sign(body, "another-secret-entirely"), bytes(body), 0)).code());
        assertEquals("invalid_signature", rejected(new Delivery("pd", null, signature, bytes(body + " "), 0)).code());
        assertEquals(413, rejected(Delivery.tooLarge("pd", null, signature, 1_048_576)).status());
    }

    private List<TimelineEvent> timeline() {
        return timelineStore.page(OPS_12.id(), TimelineQuery.firstPage(TimelineQuery.Order.OLDEST_FIRST, 500)).events();
    }

    private DeliveryRejectedException rejected(Delivery delivery) {
        return assertThrows(DeliveryRejectedException.class, () -> ingest.deliver(delivery));
    }

    private static Delivery alertmanager(String authorization, String body) {
        return new Delivery("am", authorization, null, bytes(body), 0);
    }

    private static String firing(String incident) {
        return "{\"version\": \"4\", \"alerts\": [" + alert(incident, "8f3a1c2d4e5b6a79", NOW.minusSeconds(60)) + "]}";
    }

    private static String alert(String incident, String fingerprint, Instant startsAt) {
        return "{\"status\": \"firing\", \"labels\": {\"alertname\": \"HighErrorRate\", \"hindsight_incident\": \""
                + incident + "\"}, \"startsAt\": \"" + startsAt + "\", \"fingerprint\": \"" + fingerprint + "\"}";
    }

    private static String pagerDutyTriggered() {
        return "{\"event\": {\"id\": \"01ABC\", \"event_type\": \"incident.triggered\", \"occurred_at\": \""
                + NOW.minusSeconds(30) + "\", \"data\": {\"title\": \"Checkout down\", \"number\": 7}}}";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
