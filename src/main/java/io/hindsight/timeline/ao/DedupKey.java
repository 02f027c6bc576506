package io.hindsight.timeline.ao;

import io.hindsight.timeline.NewTimelineEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The value of {@link TimelineEventAo#getDedupKey()}: 64 hex characters of SHA-256 over incident, source and
 * external id, so that any length of external id fits one indexable column; entries without an external id
 * get a random key that cannot collide with a hash (it is not hex).
 */
final class DedupKey {

    private DedupKey() {
    }

    static String of(NewTimelineEvent event) {
        if (event.externalId() == null) {
            return "~" + UUID.randomUUID();
        }
        // The separator cannot occur in a source slug, so (source, id) pairs cannot run into each other.
        String identity = event.incidentId() + "\n" + event.source().code() + "\n" + event.externalId();
        return HexFormat.of().formatHex(sha256().digest(identity.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256.", impossible);
        }
    }
}
