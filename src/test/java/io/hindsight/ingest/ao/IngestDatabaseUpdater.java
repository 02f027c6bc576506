package io.hindsight.ingest.ao;

import io.hindsight.timeline.ao.TimelineEntities;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.DatabaseUpdater;

/** For {@code @Data}: the AO test runner migrates ingestion's entities (and the timeline's) before the first test. */
public final class IngestDatabaseUpdater implements DatabaseUpdater {

    @Override
    public void update(EntityManager entityManager) throws Exception {
        entityManager.migrate(TimelineEntities.asArray());
        entityManager.migrate(IngestEntities.asArray());
    }
}
