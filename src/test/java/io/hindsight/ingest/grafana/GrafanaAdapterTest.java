package io.hindsight.ingest.grafana;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

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

/** {@link GrafanaAdapter} on Grafana alerting's webhook payload. */
public class GrafanaAdapterTest {

    private static final IngestSource SOURCE = Sources.of(SourceType.GRAFANA);
    private final GrafanaAdapter adapter = new GrafanaAdapter();

    @Test
    public void alerts_areReadLikeAlertmanagersWithTheirOffsetsNormalisedToUtc() {
        List<Signal> signals = adapter.read(Payloads.file("grafana-firing.json"), SOURCE);

        assertEquals(2, signals.size());
        Signal burn = signals.get(0);
        assertEquals(TimelineEventKind.ALERT_FIRING, burn.kind());
        assertEquals(Instant.parse("2026-11-20T13:04:03.157076Z"), burn.occurredAt());
        assertEquals("Payment API error budget burn firing: Error budget burning 14x faster than allowed", burn.summary());
        assertEquals("c6eadffa33fcdf37@2026-11-20T13:04:03.157076Z:firing", burn.externalId());
        assertEquals("payments", burn.labels().get("service"));
    }

    @Test
    public void evidenceLink_isThePanelThenTheDashboardThenTheRule() {
        List<Signal> signals = adapter.read(Payloads.file("grafana-firing.json"), SOURCE);

        assertEquals("https://grafana.example.com/d/payments-slo?orgId=1&viewPanel=4", signals.get(0).evidenceLink());
        assertEquals("https://grafana.example.com/alerting/grafana/d4e5f6/view?orgId=1", signals.get(1).evidenceLink());
    }

    @Test
    public void grafanaFieldsOfOtherTypes_areIgnored_butWrongTypesInAlertmanagerFieldsAreNot() {
        String payload = "{\"orgId\": 1, \"state\": {\"odd\": true}, \"alerts\": [{\"status\": \"firing\", "
                + "\"labels\": {}, \"startsAt\": \"2026-11-20T14:00:00Z\", \"panelURL\": 7}]}";

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> adapter.read(Payloads.tree(payload), SOURCE));

        assertEquals("alerts[0].panelURL", e.field());
    }
}
