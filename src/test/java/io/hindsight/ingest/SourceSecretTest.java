package io.hindsight.ingest;

import static org.junit.Assert.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.Test;

/** {@link SourceSecret#valid}: the newest secret always, the previous one during the grace period only. */
public class SourceSecretTest {

    private static final Instant T = Instant.parse("2026-11-20T09:00:00Z");
    private static final SourceSecret FIRST = secret(1, T.minus(Duration.ofDays(10)), Duration.ZERO, 1);
    private static final SourceSecret SECOND = secret(2, T, Duration.ofHours(1), 2);

    @Test
    public void noSecret_acceptsNothing() {
        assertEquals(0, SourceSecret.valid(List.of(), T).size());
    }

    @Test
    public void previous_isValidUntilTheGraceEnds_exclusive() {
        assertEquals(2, SourceSecret.valid(List.of(SECOND, FIRST), T.plus(Duration.ofMinutes(59))).size());
        assertEquals(1, SourceSecret.valid(List.of(SECOND, FIRST), T.plus(Duration.ofHours(1))).size());
        assertEquals(2, SourceSecret.valid(List.of(SECOND, FIRST), T.plus(Duration.ofMinutes(59))).get(0)[0]);
    }

    @Test
    public void zeroGrace_revokesThePreviousAtOnce() {
        SourceSecret revoking = secret(2, T, Duration.ZERO, 2);

        assertEquals(1, SourceSecret.valid(List.of(revoking, FIRST), T).size());
    }

    private static SourceSecret secret(int generation, Instant at, Duration grace, int marker) {
        return new SourceSecret(generation, at, "admin", grace, new byte[] {(byte) marker});
    }
}
