package io.hindsight.ingest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.Test;

/** {@link RejectionRecorder}: what a record keeps of a refused delivery, and how floods are held back. */
public class RejectionRecorderTest {

    private static final Instant T = Instant.parse("2026-11-20T14:00:00Z");

    private final InMemoryRejectedDeliveryLog log = new InMemoryRejectedDeliveryLog();
    private final RejectionRecorder recorder = new RejectionRecorder(log);

    @Test
    public void excerpt_masksCredentialValuesAndStopsAt200Characters() {
        String body = "{\"api_key\": \"k-123\", \"webhookSecret\":\"s\\\"3\", \"Authorization\": \"Bearer abc\", "
                + "\"token\": 42, \"summary\": \"" + "x".repeat(500) + "\"}";

        String excerpt = RejectionRecorder.excerpt(body.getBytes(StandardCharsets.UTF_8));

        assertTrue(excerpt, excerpt.startsWith("{\"api_key\": \"***\", \"webhookSecret\":\"***\", "
                + "\"Authorization\": \"***\", \"token\": \"***\", \"summary\": \"xxx"));
        assertEquals(IngestLimits.MAX_EXCERPT, excerpt.codePointCount(0, excerpt.length()));
        for (String secret : new String[] {"k-123", "s\\\"3", "abc", "42"}) {
            assertTrue(secret, !excerpt.contains(secret));
        }
    }

    @Test
    public void excerpt_ofBinaryOrEmptyBodies_isSafeText() {
        String excerpt = RejectionRecorder.excerpt(new byte[] {(byte) 0xff, 0x00, 'a', '\n'});

        assertEquals("\uFFFD a ", excerpt);
        assertNull(RejectionRecorder.excerpt(new byte[0]));
        assertNull(RejectionRecorder.excerpt(null));
    }

    @Test
    public void flood_isRecordedInPart_andTheNextRecordCountsWhatWasLeftOut() throws Exception {
        Delivery delivery = new Delivery("am", null, null, new byte[0], 0);
        for (int i = 0; i < 100; i++) {
            recorder.record(delivery, T, 401, "missing_credentials", "No token.");
        }
        assertTrue(log.all().size() <= 21);

        Thread.sleep(1_100);
        recorder.record(delivery, T, 401, "missing_credentials", "No token.");

        String last = log.all().get(log.all().size() - 1).message();
        assertTrue(last, last.matches("No token\\. \\(\\d+ more refusals of this source were not recorded\\)"));
    }

    @Test
    public void sourceName_isShortenedAndCleaned() {
        recorder.record(new Delivery("a\u0000b" + "c".repeat(100), null, null, null, 0), T, 404, "unknown_source", "x");

        assertEquals(40, log.all().get(0).sourceName().codePointCount(0, log.all().get(0).sourceName().length()));
        assertTrue(log.all().get(0).sourceName().startsWith("a b"));
    }
}
