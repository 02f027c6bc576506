package io.hindsight.timeline.ao;

import io.hindsight.testing.db.EmbeddedPostgresJdbc;
import net.java.ao.test.jdbc.Jdbc;

/** {@link AoTimelinePinsContract} on a real PostgreSQL 15. */
@Jdbc(EmbeddedPostgresJdbc.class)
public class AoTimelinePinsPostgresTest extends AoTimelinePinsContract {
}
