package io.hindsight.incident.ao;

import io.hindsight.testing.db.EmbeddedPostgresJdbc;
import net.java.ao.test.jdbc.Jdbc;

/** {@link AoBreachClaimsContract} on a real PostgreSQL 15. */
@Jdbc(EmbeddedPostgresJdbc.class)
public class AoBreachClaimsPostgresTest extends AoBreachClaimsContract {
}
