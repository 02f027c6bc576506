package io.hindsight.platform.rest;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** HTTP validators (ETags) for reads that clients poll, and the caching rule that goes with them. */
public final class Validators {

    private Validators() {
    }

    /**
     * A weak tag: equal tags promise the same content, not the same bytes. The value is hashed, so that it reveals
     * nothing about how it was computed (counts, versions).
     */
    public static EntityTag weakTag(String value) {
        return new EntityTag(sha256Hex(value).substring(0, 32), true);
    }

    /**
     * Private (answers depend on who asks) and revalidated on every use, so that a shared cache never serves one
     * user's answer to another and a browser never shows a stale timeline.
     */
    public static CacheControl revalidate() {
        CacheControl control = new CacheControl();
        control.setPrivate(true);
        control.setNoCache(true);
        return control;
    }

    private static String sha256Hex(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }
}
