package io.hindsight.ingest.ao;

import net.java.ao.test.jdbc.H2Memory;
import net.java.ao.test.jdbc.Jdbc;

/** {@link AoIngestStoresContract} on H2 in memory. */
@Jdbc(H2Memory.class)
public class AoIngestStoresH2Test extends AoIngestStoresContract {
}
