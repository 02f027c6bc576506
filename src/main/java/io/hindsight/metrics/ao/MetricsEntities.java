package io.hindsight.metrics.ao;

import java.util.List;
import net.java.ao.RawEntity;

/** The Active Objects entities of the metrics, in the order the plugin descriptor and the hosts migrate them. */
public final class MetricsEntities {

    public static final List<Class<? extends RawEntity<?>>> ALL = List.of(MetricRunAo.class, MetricRollupAo.class,
            MetricMemberAo.class, IncidentCauseAo.class);

    private MetricsEntities() {
    }
}
