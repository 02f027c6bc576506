package io.hindsight.standalone.backup;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The digest a backup's trailer carries. */
final class Sha256 {

    private Sha256() {
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256.", impossible);
        }
    }
}
