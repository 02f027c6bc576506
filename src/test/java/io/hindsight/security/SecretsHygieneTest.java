package io.hindsight.security;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hindsight.standalone.EmbeddedHost;
import io.hindsight.standalone.HostOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Webhook tokens, PagerDuty signing secrets and the key that seals them appear nowhere but in the one response that
 * issues a token: not in the log (captured while sources are created, used, rotated and refused), not in any other
 * answer or error, not in the exports, and not in clear in the database files. Rotation keeps the old token working
 * for its grace period, so senders switch without downtime.
 */
public class SecretsHygieneTest {

    private static final String API = "/rest/hindsight/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAGERDUTY_SECRET = "pd-signing-secret-5a1f0c2e9b7d4431";

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private final HttpClient http = HttpClient.newHttpClient();
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final List<String> answers = new ArrayList<>();
    private PrintStream originalErr;
    private PrintStream originalOut;
    private Path dataDir;
    private EmbeddedHost host;

    @Before
    public void startCapturingTheLog() throws Exception {
        originalErr = System.err;
        originalOut = System.out;
        // The host logs through slf4j-simple, which writes to whatever System.err is at the time of each line.
        System.setErr(new PrintStream(new Tee(log, originalErr), true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(new Tee(log, originalOut), true, StandardCharsets.UTF_8));
        dataDir = folder.newFolder("data").toPath();
        host = EmbeddedHost.start(HostOptions.parse("--port", "0", "--data", dataDir.toString()));
    }

    @After
    public void stop() throws Exception {
        try {
            if (host != null) {
                host.close();
            }
        } finally {
            System.setErr(originalErr);
            System.setOut(originalOut);
        }
    }

    @Test
    public void secretsStayOutOfLogsAnswersExportsAndTheDatabase() throws Exception {
        String first = JSON.readTree(issue("POST", "/ingest-sources",
                "{\"name\":\"ci\",\"type\":\"deploy\",\"projects\":[\"OPS\"]}", 201)).get("secret").asText();
        issue("POST", "/ingest-sources", "{\"name\":\"pd\",\"type\":\"pagerduty\",\"projects\":[\"OPS\"],\"secret\":\""
                + PAGERDUTY_SECRET + "\"}", 201);
        assertEquals(200, deliver("ci", first, deploy("build-1")));

        String second = JSON.readTree(issue("POST", "/ingest-sources/ci/rotate-secret", "{\"graceMinutes\":60}",
                200)).get("secret").asText();
        assertEquals("the old token works during the grace period", 200, deliver("ci", first, deploy("build-2")));
        assertEquals("the new token works at once", 200, deliver("ci", second, deploy("build-3")));
        assertEquals(401, deliver("ci", second + "x", deploy("build-4")));
        assertEquals(401, deliver("ci", null, deploy("build-5")));
        assertEquals(400, deliver("ci", second, "{\"type\":"));
        assertEquals(401, pagerDuty("{\"event\":{}}", "v1=" + "0".repeat(64)));
        pagerDuty("{\"event\":{\"event_type\":\"incident.triggered\"}}", sign("{\"event\":{\"event_type\":\"incident.triggered\"}}"));
        for (String path : List.of("/ingest-sources", "/ingest-sources/ci", "/ingest-sources/pd",
                "/ingest-rejections?limit=500", "/incidents/OPS-1/timeline/export?format=json&includeHidden=true",
                "/incidents/OPS-1/timeline/export?format=csv&includeHidden=true", "/metrics/export?table=durations",
                "/action-items/export", "/incidents/OPS-1/timeline?limit=500&includeHidden=true")) {
            answers.add(get(path));
        }
        host.close();
        host = null;

        byte[] keyFile = Files.readAllBytes(dataDir.resolve("ingest-secrets.key"));
        List<String> secrets = new ArrayList<>(List.of(first, second, PAGERDUTY_SECRET,
                Base64.getEncoder().encodeToString(keyFile), HexFormat.of().formatHex(keyFile)));
        String logText = log.toString(StandardCharsets.UTF_8);
        assertTrue("the log was captured", logText.contains("INFO"));
        for (String secret : secrets) {
            String shown = secret.substring(0, 6) + "…";
            assertFalse("the log holds " + shown, logText.contains(secret));
            answers.forEach(answer -> assertFalse("an answer holds " + shown + ": " + answer, answer.contains(secret)));
            for (Path file : databaseFiles()) {
                assertFalse(file.getFileName() + " holds " + shown + " in clear",
                        new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(secret));
            }
        }
    }

    private List<Path> databaseFiles() throws Exception {
        try (Stream<Path> files = Files.walk(dataDir)) {
            return files.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().endsWith(".key"))
                    .toList();
        }
    }

    /** An admin call whose answer may carry a new secret: that one answer is the only place it may appear. */
    private String issue(String method, String path, String json, int expected) throws Exception {
        HttpResponse<String> response = http.send(request(path).header("Authorization", basic("alex"))
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(response.body(), expected, response.statusCode());
        return response.body();
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = http.send(request(path).header("Authorization", basic("alex")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(path + ": " + response.body(), 200, response.statusCode());
        return response.body();
    }

    private int deliver(String source, String token, String json) throws Exception {
        HttpRequest.Builder request = request("/ingest/" + source).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        answers.add(response.body());
        return response.statusCode();
    }

    private int pagerDuty(String json, String signature) throws Exception {
        HttpResponse<String> response = http.send(request("/ingest/pd").header("Content-Type", "application/json")
                .header("X-PagerDuty-Signature", signature).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        answers.add(response.body());
        return response.statusCode();
    }

    private static String sign(String json) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(PAGERDUTY_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "v1=" + HexFormat.of().formatHex(mac.doFinal(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String deploy(String id) {
        return "{\"type\":\"deploy-finished\",\"id\":\"" + id + "\",\"service\":\"checkout\",\"incident\":\"OPS-2\"}";
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(host.baseUrl() + API + path));
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":hindsight").getBytes(StandardCharsets.UTF_8));
    }

    /** Writes to the capture and on to where the output went before. */
    private static final class Tee extends java.io.OutputStream {

        private final java.io.OutputStream capture;
        private final java.io.OutputStream original;

        Tee(java.io.OutputStream capture, java.io.OutputStream original) {
            this.capture = capture;
            this.original = original;
        }

        @Override
        public synchronized void write(int b) throws java.io.IOException {
            capture.write(b);
            original.write(b);
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) throws java.io.IOException {
            capture.write(bytes, offset, length);
            original.write(bytes, offset, length);
        }
    }
}
