package io.hindsight.metrics.ao;

import io.hindsight.actionitem.ao.ActionItemEntities;
import io.hindsight.incident.ao.IncidentEntities;
import java.util.ArrayList;
import java.util.List;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import net.java.ao.test.jdbc.DatabaseUpdater;

/** For {@code @Data}: migrates what the metrics read (incidents, action items) and their own tables. */
public final class MetricsDatabaseUpdater implements DatabaseUpdater {

    @Override
    @SuppressWarnings("unchecked")
    public void update(EntityManager entityManager) throws Exception {
        List<Class<? extends RawEntity<?>>> entities = new ArrayList<>(IncidentEntities.ALL);
        entities.addAll(ActionItemEntities.ALL);
        entities.addAll(MetricsEntities.ALL);
        entityManager.migrate(entities.toArray(new Class[0]));
    }
}
