package io.hindsight.metrics.ao;

import net.java.ao.test.jdbc.H2Memory;
import net.java.ao.test.jdbc.Jdbc;

/** {@link AoMetricsStoreContract} on H2 in memory. */
@Jdbc(H2Memory.class)
public class AoMetricsStoreH2Test extends AoMetricsStoreContract {
}
