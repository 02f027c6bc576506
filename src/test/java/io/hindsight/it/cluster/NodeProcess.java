package io.hindsight.it.cluster;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One embedded-host node in a JVM of its own, as a cluster node runs: started with the test's classpath through
 * {@code io.hindsight.standalone.Main}, sharing a home directory (users, the key that seals ingest secrets) and a
 * database with its peers, and stoppable with SIGKILL so that nothing in it gets to clean up.
 */
final class NodeProcess implements AutoCloseable {

    private static final Pattern READY = Pattern.compile("Hindsight is running at (http://\\S+?)/ ");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final String name;
    private final Process process;
    private final Path log;
    private final URI baseUrl;

    private NodeProcess(String name, Process process, Path log, URI baseUrl) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.baseUrl = baseUrl;
    }

    /**
     * Starts a node and waits until it answers HTTP. {@code jdbcUrl} carries user, password and the
     * {@code ApplicationName} that tells this node's database sessions apart from its peers'.
     */
    static NodeProcess start(String name, Path home, String jdbcUrl) throws IOException, InterruptedException {
        Path log = home.resolve("node-" + name + "-" + System.nanoTime() + ".log");
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Duser.timezone=UTC", "-Xmx384m",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", testClasspath(), "io.hindsight.standalone.Main",
                "--port", "0", "--data", home.toString(), "--db", jdbcUrl, "--no-sample-data"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher ready = READY.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (ready.find()) {
                return new NodeProcess(name, process, log, URI.create(ready.group(1)));
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Node " + name + " exited with " + process.exitValue() + ":\n"
                        + tail(log));
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("Node " + name + " did not start within " + START_TIMEOUT + ":\n" + tail(log));
    }

    URI baseUrl() {
        return baseUrl;
    }

    String name() {
        return name;
    }

    /** SIGKILL: no shutdown hook, no rollback from the node; the database notices the dropped connections. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    String logTail() {
        return tail(log);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    /** Surefire and failsafe run tests from a manifest-only jar, and name the real classpath in this property. */
    private static String testClasspath() {
        String classpath = System.getProperty("surefire.test.class.path");
        return classpath == null || classpath.isBlank() ? System.getProperty("java.class.path") : classpath;
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String tail(Path log) {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            return text.length() <= 4_000 ? text : text.substring(text.length() - 4_000);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
