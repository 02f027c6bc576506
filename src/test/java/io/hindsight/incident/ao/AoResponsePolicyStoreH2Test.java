package io.hindsight.incident.ao;

import net.java.ao.test.jdbc.H2Memory;
import net.java.ao.test.jdbc.Jdbc;

/** {@link AoResponsePolicyStoreContract} on H2 in memory. */
@Jdbc(H2Memory.class)
public class AoResponsePolicyStoreH2Test extends AoResponsePolicyStoreContract {
}
