package io.hindsight.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.Test;

/**
 * The plugin jar carries no secret: no key or keystore file, no data or users file of the embedded host, and no
 * text that looks like an issued webhook token or a private key. Secrets are created at run time, per installation.
 */
public class SecretsInJarIT {

    private static final List<String> SECRET_FILE_ENDINGS = List.of(".key", ".pem", ".p12", ".jks", ".keystore",
            "users.properties", ".mv.db", ".trace.db", ".env");
    // An issued token is the prefix and 43 base64url characters; the bare prefix appears in the code that parses it.
    private static final Pattern TOKEN = Pattern.compile("hst_[A-Za-z0-9_-]{20,}");
    private static final Pattern PRIVATE_KEY = Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----");

    @Test
    public void theJarHoldsNoSecretFileAndNoSecretText() throws IOException {
        String jar = System.getProperty("hindsight.pluginJar");
        assertTrue("hindsight.pluginJar must name the built jar", jar != null && !jar.isBlank());
        List<String> found = new ArrayList<>();
        int scanned = 0;
        try (ZipFile zip = new ZipFile(Paths.get(jar).toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (SECRET_FILE_ENDINGS.stream().anyMatch(name::endsWith)) {
                    found.add("file " + entry.getName());
                }
                if (entry.isDirectory()) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    String content = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                    scanned++;
                    if (TOKEN.matcher(content).find()) {
                        found.add("a webhook token in " + entry.getName());
                    }
                    if (PRIVATE_KEY.matcher(content).find()) {
                        found.add("a private key in " + entry.getName());
                    }
                }
            }
        }
        assertTrue("the jar was read", scanned > 10);
        assertEquals(List.of(), found);
    }

    @Test
    public void theTokenPatternRecognisesAnIssuedToken() {
        assertTrue(TOKEN.matcher("Authorization: Bearer hst_Q2hlY2tvdXQtYXBpLXRva2VuLWV4YW1wbGUtMDAx").find());
        assertTrue(!TOKEN.matcher("static final String PREFIX = \"hst_\";").find());
    }
}
