package io.hindsight.ingest;

import io.hindsight.ingest.alertmanager.AlertmanagerAdapter;
import io.hindsight.ingest.deploy.DeployEventAdapter;
import io.hindsight.ingest.generic.GenericJsonAdapter;
import io.hindsight.ingest.grafana.GrafanaAdapter;
import io.hindsight.ingest.pagerduty.PagerDutyAdapter;

/** The adapter of each source type; adapters hold no state, so one of each serves every delivery. */
final class PayloadAdapters {

    private static final PayloadAdapter ALERTMANAGER = new AlertmanagerAdapter();
    private static final PayloadAdapter GRAFANA = new GrafanaAdapter();
    private static final PayloadAdapter PAGERDUTY = new PagerDutyAdapter();
    private static final PayloadAdapter DEPLOY = new DeployEventAdapter();
    private static final PayloadAdapter GENERIC = new GenericJsonAdapter();

    private PayloadAdapters() {
    }

    static PayloadAdapter of(SourceType type) {
        return switch (type) {
            case ALERTMANAGER -> ALERTMANAGER;
            case GRAFANA -> GRAFANA;
            case PAGERDUTY -> PAGERDUTY;
            case DEPLOY -> DEPLOY;
            case GENERIC -> GENERIC;
        };
    }
}
