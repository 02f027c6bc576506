package io.hindsight.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test payloads: files under src/test/resources/ingest, and JSON text parsed the way webhook bodies are. */
public final class Payloads {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Payloads() {
    }

    /** The text of {@code ingest/<name>} on the test classpath. */
    public static String text(String name) {
        try (InputStream in = Payloads.class.getResourceAsStream("/ingest/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test payload " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code json} as the document a webhook body becomes. */
    public static JsonTree tree(String json) {
        try {
            return JsonTree.root(JSON.readValue(json, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonTree file(String name) {
        return tree(text(name));
    }
}
