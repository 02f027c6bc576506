package io.hindsight.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Assume;

/**
 * A real Prometheus Alertmanager (Debian's package) for end-to-end tests: installed when missing (by
 * {@code scripts/ensure-alertmanager}), started on 127.0.0.1 with a free port, its own storage directory and
 * clustering off, fed alerts through its v2 API, and stopped by its own process handle.
 */
final class Alertmanager implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/prometheus-alertmanager");
    private static final Path ENSURE_SCRIPT = Path.of("scripts/ensure-alertmanager");
    private static final int NOT_INSTALLABLE_HERE = 3;

    private final Process process;
    private final URI base;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Alertmanager(Process process, URI base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /**
     * Installs Alertmanager when it is absent (as root through apt-get); skips the calling test with the reason when
     * that cannot be done here, and fails it when the install itself fails.
     */
    static void ensureInstalled() throws Exception {
        if (Files.isExecutable(BINARY)) {
            return;
        }
        Process ensure = new ProcessBuilder(ENSURE_SCRIPT.toString()).redirectErrorStream(true).start();
        String output = new String(ensure.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!ensure.waitFor(10, TimeUnit.MINUTES)) {
            ensure.destroyForcibly();
            throw new AssertionError("scripts/ensure-alertmanager did not finish in 10 minutes");
        }
        Assume.assumeTrue("Skipped: prometheus-alertmanager is not installed and cannot be installed here: " + output,
                ensure.exitValue() != NOT_INSTALLABLE_HERE);
        if (ensure.exitValue() != 0 || !Files.isExecutable(BINARY)) {
            throw new AssertionError("scripts/ensure-alertmanager failed (" + ensure.exitValue() + "): " + output);
        }
    }

    /** Starts Alertmanager with {@code config} (YAML) in {@code dir}, and waits until it is ready. */
    static Alertmanager start(String config, Path dir) throws Exception {
        Path configFile = dir.resolve("alertmanager.yml");
        Files.writeString(configFile, config);
        Path storage = Files.createDirectories(dir.resolve("storage"));
        Path log = dir.resolve("alertmanager.log");
        int port = freePort();
        Process process = new ProcessBuilder(BINARY.toString(),
                "--config.file=" + configFile,
                "--storage.path=" + storage,
                "--web.listen-address=127.0.0.1:" + port,
                "--cluster.listen-address=",
                "--log.level=debug")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Alertmanager alertmanager = new Alertmanager(process, URI.create("http://127.0.0.1:" + port), log);
        try {
            alertmanager.awaitReady();
            return alertmanager;
        } catch (Exception | AssertionError e) {
            alertmanager.close();
            throw e;
        }
    }

    /** Posts alerts (a JSON array in the v2 API's shape) as Prometheus would. */
    void push(String alertsJson) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/api/v2/alerts"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(alertsJson)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("Alertmanager refused the alerts (" + response.statusCode() + "): " + response.body());
        }
    }

    /** The sum of a counter over all its label sets, from Alertmanager's own metrics. */
    double metric(String name, String labelFilter) throws Exception {
        String metrics = http.send(HttpRequest.newBuilder(base.resolve("/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        double sum = 0;
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})? ([0-9.e+]+)$").matcher(metrics);
        while (line.find()) {
            if (line.group(1) == null || line.group(1).contains(labelFilter)) {
                sum += Double.parseDouble(line.group(2));
            }
        }
        return sum;
    }

    /** The last lines of Alertmanager's log, to explain a failure. */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private void awaitReady() throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("Alertmanager exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(base.resolve("/-/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Alertmanager was not ready within 30 s:\n" + logTail());
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
