package io.hindsight.incident;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.hindsight.platform.InvalidInputException;
import io.hindsight.timeline.TimelineEventKind;
import java.time.Instant;
import java.util.List;
import org.junit.Test;

/** The order of key instants: no negative MTTD, MTTA or MTTR, whichever instants are known. */
public class KeyInstantsTest {

    private static final Instant T = Instant.parse("2026-06-01T10:00:00Z");

    @Test
    public void inOrderInstants_passAndEqualInstantsCountAsInOrder() {
        KeyInstants instants = of(KeyInstant.IMPACT_STARTED, 0, KeyInstant.DETECTED, 0, KeyInstant.ACKNOWLEDGED, 5,
                KeyInstant.MITIGATED, 20, KeyInstant.RESOLVED, 20);

        assertTrue(instants.orderViolation().isEmpty());
    }

    @Test
    public void eachOrderedPair_isRefusedWhenReversed() {
        List<KeyInstant[]> pairs = List.of(
                new KeyInstant[] {KeyInstant.IMPACT_STARTED, KeyInstant.DETECTED},
                new KeyInstant[] {KeyInstant.DETECTED, KeyInstant.ACKNOWLEDGED},
                new KeyInstant[] {KeyInstant.DETECTED, KeyInstant.MITIGATED},
                new KeyInstant[] {KeyInstant.MITIGATED, KeyInstant.RESOLVED},
                new KeyInstant[] {KeyInstant.DETECTED, KeyInstant.RESOLVED});
        for (KeyInstant[] pair : pairs) {
            KeyInstants reversed = of(pair[0], 10, pair[1], 9);

            InvalidInputException refused = assertThrows(pair[0] + " > " + pair[1], InvalidInputException.class,
                    () -> reversed.requireOrdered("at"));

            assertEquals("at", refused.field());
            assertTrue(refused.getMessage(), refused.getMessage().startsWith(pair[1].label() + " ("));
        }
    }

    @Test
    public void resolvedBeforeDetected_isRefusedEvenWithoutMitigation() {
        KeyInstants instants = of(KeyInstant.DETECTED, 10, KeyInstant.RESOLVED, 5);

        assertEquals("Resolved (2026-06-01T10:05:00Z) cannot be before detected (2026-06-01T10:10:00Z).",
                instants.orderViolation().orElseThrow());
    }

    @Test
    public void acknowledgedAndMitigated_areNotOrderedAgainstEachOther() {
        assertTrue(of(KeyInstant.DETECTED, 0, KeyInstant.ACKNOWLEDGED, 30, KeyInstant.MITIGATED, 10)
                .orderViolation().isEmpty());
    }

    @Test
    public void unknownInstants_constrainNothing() {
        assertTrue(of(KeyInstant.IMPACT_STARTED, 50, KeyInstant.ACKNOWLEDGED, 10).orderViolation().isEmpty());
    }

    private static KeyInstants of(Object... instantAndMinutes) {
        KeyInstants instants = KeyInstants.none();
        for (int i = 0; i < instantAndMinutes.length; i += 2) {
            instants = instants.with((KeyInstant) instantAndMinutes[i], new KeyInstantEntry(
                    T.plusSeconds(60L * (Integer) instantAndMinutes[i + 1]), i + 1, TimelineEventKind.NOTE));
        }
        return instants;
    }
}
