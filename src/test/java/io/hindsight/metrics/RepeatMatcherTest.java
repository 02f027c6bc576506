package io.hindsight.metrics;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

public class RepeatMatcherTest {

    private static final Instant JUNE = Instant.parse("2026-06-01T00:00:00Z");
    private static final Instant JULY = Instant.parse("2026-07-01T00:00:00Z");

    @Test
    public void sameServiceAndSharedLabel_isARepeat() {
        IncidentCause earlier = cause(1, "Checkout", Set.of("Config"), "Flag flipped", JUNE);

        assertEquals(Optional.of(earlier), RepeatMatcher.repeatOf(cause(2, "checkout ", Set.of("config"),
                "Completely different words", JULY), List.of(earlier)));
    }

    @Test
    public void sameServiceAndSimilarRootCause_isARepeat() {
        IncidentCause earlier = cause(1, "checkout", Set.of(), "Connection pool exhausted under peak load", JUNE);

        assertTrue(RepeatMatcher.repeatOf(cause(2, "checkout", Set.of(), "The connection pool was exhausted at peak load",
                JULY), List.of(earlier)).isPresent());
    }

    @Test
    public void anotherService_orAnUnrelatedCause_orALaterIncident_isNoRepeat() {
        IncidentCause probe = cause(2, "checkout", Set.of("config"), "Connection pool exhausted", JULY);

        assertEquals(Optional.empty(), RepeatMatcher.repeatOf(probe, List.of(
                cause(1, "search", Set.of("config"), "Connection pool exhausted", JUNE),
                cause(3, "checkout", Set.of("capacity"), "Certificate expired on the edge proxy", JUNE),
                cause(4, "checkout", Set.of("config"), "Connection pool exhausted", JULY.plusSeconds(60)))));
    }

    @Test
    public void similarity_isJaccardOverWordsOfThreeLettersOrMoreWithoutCommonWords() {
        assertEquals(Set.of("disk", "full"), RepeatMatcher.words("The disk is full"));
        assertEquals(0.5, RepeatMatcher.similarity(Set.of("a1", "b2", "c3"), Set.of("a1", "b2", "d4")), 1e-9);
    }

    private static IncidentCause cause(long id, String service, Set<String> labels, String rootCause, Instant at) {
        return new IncidentCause(id, "OPS-" + id, "OPS", service, labels, rootCause, at);
    }
}
