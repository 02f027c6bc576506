package io.hindsight.incident.ao;

import net.java.ao.test.jdbc.H2Memory;
import net.java.ao.test.jdbc.Jdbc;

/** {@link AoBreachClaimsContract} on H2 in memory. */
@Jdbc(H2Memory.class)
public class AoBreachClaimsH2Test extends AoBreachClaimsContract {
}
