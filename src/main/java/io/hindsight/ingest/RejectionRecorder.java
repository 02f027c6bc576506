package io.hindsight.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Writes refused deliveries to the {@link RejectedDeliveryLog}, safely: the excerpt is the start of the body with
 * control characters removed and the values of anything that looks like a credential masked, and a flood of
 * refusals (an attacker, or a sender misconfigured at a high rate) writes at most a few records a second per
 * source name on each node; the rest are counted in the next record that is written.
 */
final class RejectionRecorder {

    private static final RateLimit RECORDING = new RateLimit(2, 20);
    private static final int MAX_SOURCE_NAME = 40;
    private static final int MAX_MESSAGE = 500;
    private static final int MAX_THROTTLED_NAMES = 1_000;
    // "secret": "…", "token":"…", password=…, "authorization": "…": the value, up to its end, is replaced.
    private static final Pattern CREDENTIAL = Pattern.compile(
            "(?i)(\"?[\\w-]*(?:secret|token|password|passwd|authorization|api[_-]?key|signature|credential)[\\w-]*\"?"
                    + "\\s*[:=]\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"?|[^\\s,}&]+)");

    private final RejectedDeliveryLog log;
    private final Map<String, Throttle> throttles = new ConcurrentHashMap<>();

    RejectionRecorder(RejectedDeliveryLog log) {
        this.log = log;
    }

    void record(Delivery delivery, Instant receivedAt, int status, String code, String message) {
        String sourceName = SignalText.shorten(clean(String.valueOf(delivery.sourceName())), MAX_SOURCE_NAME);
        if (throttles.size() > MAX_THROTTLED_NAMES) {
            // Names are attacker-chosen; forgetting all throttles is cheaper than letting the map grow.
            throttles.clear();
        }
        Throttle throttle = throttles.computeIfAbsent(sourceName, name -> new Throttle());
        if (throttle.bucket.tryAcquire() > 0) {
            throttle.suppressed.incrementAndGet();
            return;
        }
        long suppressed = throttle.suppressed.getAndSet(0);
        String text = message + (suppressed > 0 ? " (" + suppressed + " more refusals of this source were not recorded)" : "");
        log.record(new RejectedDelivery(0, sourceName, receivedAt, status, code,
                SignalText.shorten(clean(text), MAX_MESSAGE), excerpt(delivery.body())));
    }

    /** The sanitised start of a body, or {@code null} when there is none. */
    static String excerpt(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        int length = Math.min(body.length, IngestLimits.MAX_EXCERPT * 4);
        String start = decodeLeniently(body, length);
        String masked = CREDENTIAL.matcher(clean(start)).replaceAll("$1\"***\"");
        return SignalText.shorten(masked, IngestLimits.MAX_EXCERPT);
    }

    private static String decodeLeniently(byte[] body, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(body, 0, length)).toString();
        } catch (CharacterCodingException impossible) {
            return "";
        }
    }

    private static String clean(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().map(c -> Character.isISOControl(c) ? ' ' : c).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** Per source name: a small bucket of records, and what it turned away. */
    private static final class Throttle {
        private final TokenBucket bucket = new TokenBucket(RECORDING, System::nanoTime);
        private final AtomicLong suppressed = new AtomicLong();
    }
}
