package io.hindsight.metrics.ao;

import io.hindsight.testing.db.EmbeddedPostgresJdbc;
import net.java.ao.test.jdbc.Jdbc;

/** {@link AoMetricsStoreContract} on a real PostgreSQL 15. */
@Jdbc(EmbeddedPostgresJdbc.class)
public class AoMetricsStorePostgresTest extends AoMetricsStoreContract {
}
