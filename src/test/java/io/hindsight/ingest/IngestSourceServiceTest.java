package io.hindsight.ingest;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.hindsight.platform.ConflictException;
import io.hindsight.platform.InvalidInputException;
import io.hindsight.platform.NotFoundException;
import io.hindsight.platform.UnauthenticatedException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

/** {@link IngestSourceService}: sources and their secrets as an admin manages them. */
public class IngestSourceServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryIngestSourceStore store = new InMemoryIngestSourceStore();
    private final IngestSourceService service = new IngestSourceService(store, new InMemoryRejectedDeliveryLog(),
            () -> Optional.of("JIRAUSER10001"), clock);

    @Test
    public void tokenSource_getsAGeneratedTokenShownOnce_andOnlyItsHashIsKept() {
        SourceView created = service.create("alertmanager-prod", SourceType.ALERTMANAGER, null, null);

        String token = created.issuedSecret();
        assertTrue(token, token.matches("hst_[A-Za-z0-9_-]{43}"));
        assertArrayEquals(BearerToken.hash(token), store.latestSecrets(created.source()).get(0).material());
        assertNull("never shown again", service.get("alertmanager-prod").issuedSecret());
        assertEquals(new SecretStatus(1, NOW, "JIRAUSER10001", null), service.get("alertmanager-prod").secret());
    }

    @Test
    public void signedSource_keepsTheSecretThePagerDutyIssued_andShowsNothing() {
        SourceView created = service.create("pagerduty", SourceType.PAGERDUTY, null, "pd-secret-0123456789");

        assertNull(created.issuedSecret());
        assertArrayEquals("pd-secret-0123456789".getBytes(StandardCharsets.UTF_8),
                store.latestSecrets(created.source()).get(0).material());
    }

    @Test
    public void secretRules_dependOnTheType() {
        assertEquals("secret", field(() -> service.create("pd", SourceType.PAGERDUTY, null, null)));
        assertEquals("secret", field(() -> service.create("pd", SourceType.PAGERDUTY, null, "short")));
        assertEquals("secret", field(() -> service.create("am", SourceType.ALERTMANAGER, null, "chosen-by-admin-123")));
        assertEquals("mapping", field(() -> service.create("gen", SourceType.GENERIC, null, null)));
        assertEquals("name", field(() -> service.create("Alertmanager Prod", SourceType.ALERTMANAGER, null, null)));
    }

    @Test
    public void rotate_issuesTheNextGeneration_withThePreviousValidForTheGracePeriod() {
        service.create("am", SourceType.ALERTMANAGER, null, null);
        clock.advance(Duration.ofDays(1));

        SourceView rotated = service.rotate("am", Duration.ofHours(2), null);

        assertEquals(2, rotated.secret().generation());
        assertEquals(NOW.plus(Duration.ofDays(1)).plus(Duration.ofHours(2)), rotated.secret().previousValidUntil());
        clock.advance(Duration.ofHours(3));
        assertNull(service.get("am").secret().previousValidUntil());
        assertEquals("graceMinutes", field(() -> service.rotate("am", Duration.ofDays(31), null)));
        assertEquals("graceMinutes", field(() -> service.rotate("am", Duration.ofMinutes(-1), null)));
    }

    @Test
    public void duplicateNameUnknownSourceAndAnonymousCallers_areRefused() {
        service.create("am", SourceType.ALERTMANAGER, null, null);

        assertThrows(ConflictException.class, () -> service.create("am", SourceType.GRAFANA, null, null));
        assertThrows(NotFoundException.class, () -> service.rotate("nope", null, null));
        IngestSourceService anonymous = new IngestSourceService(store, new InMemoryRejectedDeliveryLog(),
                Optional::empty, clock);
        assertThrows(UnauthenticatedException.class, () -> anonymous.create("x", SourceType.DEPLOY, null, null));
    }

    @Test
    public void update_replacesTheSettingsAndKeepsTheSecret() {
        service.create("am", SourceType.ALERTMANAGER, null, null);
        IngestSettings settings = new IngestSettings(java.util.Set.of("OPS"), List.of(new RoutingRule("all", List.of(),
                "OPS", null, null, true, null, null, null)), null, new RateLimit(5, 10));

        SourceView updated = service.update("am", settings);

        assertEquals(settings, updated.source().settings());
        assertEquals(1, updated.secret().generation());
        assertEquals("rules[0].project", field(() -> new IngestSettings(java.util.Set.of("SEC"),
                updated.source().settings().rules(), null, null)));
    }

    @Test
    public void rejections_limitIsBounded() {
        assertEquals("limit", field(() -> service.rejections(null, 0)));
        assertEquals("limit", field(() -> service.rejections(null, 501)));
        assertEquals(List.of(), service.rejections("am", 10));
    }

    private static String field(org.junit.function.ThrowingRunnable call) {
        return assertThrows(InvalidInputException.class, call).field();
    }
}
