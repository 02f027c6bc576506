package io.hindsight.ingest.ao;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the secrets Hindsight must keep readable (the HMAC keys of signed sources) with AES-256-GCM, under a
 * key that lives outside the database: a database dump or backup alone does not reveal them. Sealed text is
 * {@code v1:} and base64 of a random 12-byte nonce followed by the ciphertext and its tag.
 *
 * <p>The key is a file of 32 random bytes (base64), created on first use with owner-only permissions. On a
 * cluster it must be the same file on every node: keep it in the shared home.
 */
public final class SecretBox {

    private static final String VERSION = "v1:";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    public SecretBox(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("An AES-256 key has " + KEY_BYTES + " bytes.");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    /** The box with the key in {@code keyFile}, creating the file with a new random key when there is none. */
    public static SecretBox withKeyFile(Path keyFile) {
        try {
            if (!Files.exists(keyFile)) {
                createKeyFile(keyFile);
            }
            byte[] key = Base64.getDecoder().decode(Files.readString(keyFile, StandardCharsets.US_ASCII).strip());
            return new SecretBox(key);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secret key file " + keyFile, e);
        }
    }

    public String seal(byte[] plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain);
            byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return VERSION + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /**
     * The plain bytes of {@code sealed}.
     *
     * @throws IllegalStateException when it was sealed under another key or altered
     */
    public byte[] open(String sealed) {
        if (sealed == null || !sealed.startsWith(VERSION)) {
            throw new IllegalStateException("Not a sealed secret.");
        }
        try {
            byte[] in = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            return cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A sealed secret cannot be opened: it was sealed under another key "
                    + "file, or altered.", e);
        }
    }

    /*
     * Written whole to a temporary file, then linked to its name, which fails when the name exists: of two nodes
     * starting at once, one key wins and both read it. (A rename would silently replace the first node's key.)
     */
    private static void createKeyFile(Path keyFile) throws IOException {
        Path dir = keyFile.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        Path temp = Files.createTempFile(dir, ".hindsight-key", ".tmp");
        try {
            restrictToOwner(temp);
            Files.writeString(temp, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
            Files.createLink(keyFile, temp);
        } catch (FileAlreadyExistsException anotherNodeWasFaster) {
            // Its key is the one to use.
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits the directory's ACL, which the host's install restricts.
        }
    }
}
