package io.hindsight.timeline.ao;

import net.java.ao.test.jdbc.H2Memory;
import net.java.ao.test.jdbc.Jdbc;

/** {@link AoTimelinePinsContract} on H2 in memory. */
@Jdbc(H2Memory.class)
public class AoTimelinePinsH2Test extends AoTimelinePinsContract {
}
