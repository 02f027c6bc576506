package io.hindsight.ingest.alertmanager;

import io.hindsight.ingest.IngestLimits;
import io.hindsight.ingest.IngestSource;
import io.hindsight.ingest.JsonTree;
import io.hindsight.ingest.PayloadAdapter;
import io.hindsight.ingest.Signal;
import java.util.ArrayList;
import java.util.List;

/**
 * Prometheus Alertmanager's webhook payload, version 4: an alert group ({@code status}, {@code groupKey},
 * {@code externalURL}, common labels) and its {@code alerts}, each of which becomes a firing or resolved entry.
 * Each alert carries its own status, which is what counts: a "firing" group also lists alerts already resolved.
 */
public final class AlertmanagerAdapter implements PayloadAdapter {

    static final String VERSION = "4";

    @Override
    public List<Signal> read(JsonTree payload, IngestSource source) {
        payload.requireObject();
        String version = payload.get("version").text();
        if (version != null && !version.equals(VERSION)) {
            throw payload.get("version").invalid("must be " + VERSION + " (the webhook payload version this reads)");
        }
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
            signals.add(PrometheusAlert.read(alert, externalUrl));
        }
        return signals;
    }
}
