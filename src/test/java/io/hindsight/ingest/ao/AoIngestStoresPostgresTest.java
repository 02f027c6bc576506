package io.hindsight.ingest.ao;

import io.hindsight.testing.db.EmbeddedPostgresJdbc;
import net.java.ao.test.jdbc.Jdbc;

/** {@link AoIngestStoresContract} on a real PostgreSQL 15. */
@Jdbc(EmbeddedPostgresJdbc.class)
public class AoIngestStoresPostgresTest extends AoIngestStoresContract {
}
