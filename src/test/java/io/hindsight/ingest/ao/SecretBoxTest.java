package io.hindsight.ingest.ao;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** {@link SecretBox}: AES-GCM sealing under a key file kept beside the database. */
public class SecretBoxTest {

    private static final byte[] SECRET = "pagerduty-signing-secret".getBytes(StandardCharsets.UTF_8);

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void sealed_opensToTheSameBytes_andDiffersEachTime() {
        SecretBox box = new SecretBox(new byte[32]);

        String once = box.seal(SECRET);
        String twice = box.seal(SECRET);

        assertArrayEquals(SECRET, box.open(once));
        assertNotEquals("a fresh nonce each time", once, twice);
        assertEquals("v1:", once.substring(0, 3));
    }

    @Test
    public void otherKeyOrAlteredText_doesNotOpen() {
        String sealed = new SecretBox(new byte[32]).seal(SECRET);
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;

        assertThrows(IllegalStateException.class, () -> new SecretBox(otherKey).open(sealed));
        String altered = sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("A=") ? "B=" : "A=");
        assertThrows(IllegalStateException.class, () -> new SecretBox(new byte[32]).open(altered));
    }

    @Test
    public void keyFile_isCreatedOwnerOnlyOnce_andReadAfterwards() throws Exception {
        Path keyFile = folder.getRoot().toPath().resolve("keys/ingest-secrets.key");

        String sealed = SecretBox.withKeyFile(keyFile).seal(SECRET);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
        assertArrayEquals(SECRET, SecretBox.withKeyFile(keyFile).open(sealed));
        try (var files = Files.list(keyFile.getParent())) {
            assertEquals("no temporary file left behind", 1, files.count());
        }
    }
}
