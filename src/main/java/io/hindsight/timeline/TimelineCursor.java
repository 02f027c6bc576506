package io.hindsight.timeline;

import io.hindsight.platform.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A position in a timeline: the (occurred-at, id) of the last entry a page returned. Opaque to clients,
 * stable under concurrent appends because (occurred-at, id) is a total order.
 */
public record TimelineCursor(long occurredAtMillis, long id) {

    public String encode() {
        String plain = occurredAtMillis + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    public static TimelineCursor of(TimelineEvent event) {
        return new TimelineCursor(event.occurredAt().toEpochMilli(), event.id());
    }

    /** Parses what {@link #encode()} produced; anything else is a 400 on {@code cursor}. */
    public static TimelineCursor decode(String encoded) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.US_ASCII);
            int colon = plain.indexOf(':');
            return new TimelineCursor(Long.parseLong(plain.substring(0, colon)), Long.parseLong(plain.substring(colon + 1)));
        } catch (RuntimeException malformed) {
            throw new InvalidInputException("cursor", "The cursor is not one this server handed out.");
        }
    }
}
