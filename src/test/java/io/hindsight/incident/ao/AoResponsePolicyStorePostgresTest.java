package io.hindsight.incident.ao;

import io.hindsight.testing.db.EmbeddedPostgresJdbc;
import net.java.ao.test.jdbc.Jdbc;

/** {@link AoResponsePolicyStoreContract} on a real PostgreSQL 15. */
@Jdbc(EmbeddedPostgresJdbc.class)
public class AoResponsePolicyStorePostgresTest extends AoResponsePolicyStoreContract {
}
