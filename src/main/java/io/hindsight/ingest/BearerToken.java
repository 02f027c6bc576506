package io.hindsight.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The token secrets of non-signing sources: 256 random bits, shown to the admin once and kept only as a
 * SHA-256 (a token this random needs no slow hash). Senders present it as {@code Authorization: Bearer <token>},
 * or with the scheme {@code HindsightToken} where the host claims Bearer tokens for itself (Jira's personal access
 * tokens).
 */
public final class BearerToken {

    /** Marks Hindsight tokens, so that secret scanners and people can tell them apart. */
    static final String PREFIX = "hst_";
    private static final List<String> SCHEMES = List.of("bearer", "hindsighttoken");
    private static final int MAX_TOKEN = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    private BearerToken() {
    }

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What the store keeps of a token. */
    public static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256.", impossible);
        }
    }

    /** The token in an {@code Authorization} header of a known scheme, or {@code null}. */
    public static String fromAuthorization(String header) {
        if (header == null) {
            return null;
        }
        String trimmed = header.strip();
        int space = trimmed.indexOf(' ');
        if (space < 0 || !SCHEMES.contains(trimmed.substring(0, space).toLowerCase(Locale.ROOT))) {
            return null;
        }
        String token = trimmed.substring(space + 1).strip();
        return token.isEmpty() || token.length() > MAX_TOKEN ? null : token;
    }

    /** Whether {@code token} hashes to one of {@code validHashes}; the same time whichever matches. */
    public static boolean matches(String token, List<byte[]> validHashes) {
        byte[] presented = hash(token);
        boolean matched = false;
        for (byte[] valid : validHashes) {
            matched |= MessageDigest.isEqual(presented, valid);
        }
        return matched;
    }
}
