package io.hindsight.ingest.grafana;

import io.hindsight.ingest.IngestLimits;
import io.hindsight.ingest.IngestSource;
import io.hindsight.ingest.JsonTree;
import io.hindsight.ingest.PayloadAdapter;
import io.hindsight.ingest.Signal;
import io.hindsight.ingest.SignalText;
import io.hindsight.ingest.alertmanager.PrometheusAlert;
import java.util.ArrayList;
import java.util.List;

/**
 * Grafana alerting's webhook contact point: Alertmanager's payload plus Grafana's fields ({@code orgId},
 * {@code title}, {@code state}, {@code message}; per alert {@code dashboardURL}, {@code panelURL},
 * {@code silenceURL}, {@code values}). The panel, else the dashboard, is the evidence link: it shows the data,
 * where Grafana's generatorURL opens the rule editor.
 */
public final class GrafanaAdapter implements PayloadAdapter {

    @Override
    public List<Signal> read(JsonTree payload, IngestSource source) {
        payload.requireObject();
        JsonTree alerts = payload.get("alerts");
        if (alerts.isAbsent()) {
            throw alerts.invalid("is required (an array of alerts)");
        }
        if (alerts.size() > IngestLimits.MAX_ITEMS) {
            throw IngestLimits.tooManyItems(alerts.size(), "alerts");
        }
        String externalUrl = payload.get("externalURL").text();
        List<Signal> signals = new ArrayList<>(alerts.size());
        for (JsonTree alert : alerts.elements()) {
            signals.add(alert(alert, externalUrl));
        }
        return signals;
    }

    private static Signal alert(JsonTree alert, String externalUrl) {
        Signal read = PrometheusAlert.read(alert, externalUrl);
        String panel = alert.get("panelURL").text();
        String dashboard = alert.get("dashboardURL").text();
        return read.withEvidenceLink(SignalText.firstLink(panel, dashboard, read.evidenceLink()));
    }
}
