package io.hindsight.incident.ao;

import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.DatabaseUpdater;

/** For {@code @Data}: the AO test runner migrates the incident entities before the first test. */
public final class IncidentDatabaseUpdater implements DatabaseUpdater {

    @Override
    public void update(EntityManager entityManager) throws Exception {
        entityManager.migrate(IncidentEntities.asArray());
    }
}
