package io.hindsight.ingest.pagerduty;

import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * PagerDuty's {@code X-PagerDuty-Signature} header: comma-separated {@code v1=<hex>} entries, each an
 * HMAC-SHA256 of the raw body under one of the subscription's signing secrets (more than one while PagerDuty
 * rotates). A delivery is authentic when any entry matches any secret Hindsight holds for the source; every
 * comparison takes the same time whatever the bytes.
 */
public final class PagerDutySignature {

    public static final String HEADER = "X-PagerDuty-Signature";
    private static final String VERSION_PREFIX = "v1=";
    private static final int MAX_SIGNATURES = 10;

    private PagerDutySignature() {
    }

    /** The v1 signatures in a header value, decoded; entries of other versions or malformed hex are skipped. */
    public static List<byte[]> parse(String header) {
        List<byte[]> signatures = new ArrayList<>();
        if (header == null) {
            return signatures;
        }
        for (String entry : header.split(",")) {
            String trimmed = entry.strip();
            if (trimmed.startsWith(VERSION_PREFIX) && signatures.size() < MAX_SIGNATURES) {
                try {
                    signatures.add(HexFormat.of().parseHex(trimmed.substring(VERSION_PREFIX.length())));
                } catch (IllegalArgumentException notHex) {
                    // A malformed entry cannot match; the others may.
                }
            }
        }
        return signatures;
    }

    /** Whether one of {@code signatures} is the HMAC of {@code body} under one of {@code secrets}. */
    public static boolean matches(List<byte[]> signatures, byte[] body, List<byte[]> secrets) {
        boolean matched = false;
        for (byte[] secret : secrets) {
            byte[] expected = hmacSha256(secret, body);
            for (byte[] signature : signatures) {
                // No early exit: the time taken must not reveal which secret or entry matched.
                matched |= MessageDigest.isEqual(expected, signature);
            }
        }
        return matched;
    }

    static byte[] hmacSha256(byte[] key, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256.", impossible);
        }
    }
}
