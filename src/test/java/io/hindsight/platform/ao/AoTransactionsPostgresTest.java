package io.hindsight.platform.ao;

import io.hindsight.testing.db.EmbeddedPostgresJdbc;
import net.java.ao.test.jdbc.Jdbc;

/** {@link AoTransactionsContract} on a real PostgreSQL 15. */
@Jdbc(EmbeddedPostgresJdbc.class)
public class AoTransactionsPostgresTest extends AoTransactionsContract {
}
