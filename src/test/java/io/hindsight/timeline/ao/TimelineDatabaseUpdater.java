package io.hindsight.timeline.ao;

import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.DatabaseUpdater;

/** For {@code @Data}: the AO test runner migrates the timeline's entities before the first test. */
public final class TimelineDatabaseUpdater implements DatabaseUpdater {

    @Override
    public void update(EntityManager entityManager) throws Exception {
        entityManager.migrate(TimelineEntities.asArray());
    }
}
