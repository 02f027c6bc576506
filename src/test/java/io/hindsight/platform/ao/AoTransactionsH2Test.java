package io.hindsight.platform.ao;

import net.java.ao.test.jdbc.H2Memory;
import net.java.ao.test.jdbc.Jdbc;

/** {@link AoTransactionsContract} on H2 in memory. */
@Jdbc(H2Memory.class)
public class AoTransactionsH2Test extends AoTransactionsContract {
}
