package io.hindsight.it;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the frontend's npm scripts (the browser journey, the UI benchmark) against a running embedded host,
 * with the machine's Node and Debian's Chromium, and keeps its whole output in a log file.
 */
public final class FrontendScript {

    private static final Path FRONTEND = Path.of("frontend");
    private static final Path BUNDLES = Path.of("target/classes/frontend");

    private FrontendScript() {
    }

    /**
     * Skips (or under CI fails) when the frontend was not built in this build ({@code -Dfrontend.skip}): the browser
     * tests need its bundles and its node_modules.
     */
    public static void requireBuiltFrontend() {
        if (!Files.isDirectory(FRONTEND.resolve("node_modules/playwright-core")) || !Files.isDirectory(BUNDLES)) {
            Chromium.skipUnlessCi("the frontend was not built (-Dfrontend.skip?): no " + BUNDLES + " or "
                    + FRONTEND.resolve("node_modules/playwright-core"));
        }
    }

    /** What a run left: its exit status and its output (stdout and stderr, interleaved). */
    public record Result(int exitStatus, String output) {

        /** The last {@code lines} lines, for a failure message. */
        public String tail(int lines) {
            List<String> all = output.lines().toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        }
    }

    /** Runs {@code npm run <script>} with the host's address and {@code env}, and waits at most {@code minutes}. */
    public static Result run(String script, URI host, Map<String, String> env, Path log, long minutes)
            throws IOException, InterruptedException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        ProcessBuilder npm = new ProcessBuilder("npm", "run", "--silent", script)
                .directory(FRONTEND.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        npm.environment().put("HINDSIGHT_BASE_URL", host.toString());
        npm.environment().put("HINDSIGHT_CHROMIUM", Chromium.BINARY.toString());
        // playwright-core downloads nothing; this also keeps any other Playwright package from trying.
        npm.environment().put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        npm.environment().put("NO_COLOR", "1");
        npm.environment().putAll(env);
        Process process = npm.start();
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("npm run " + script + " did not finish in " + minutes + " minutes; see " + log);
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
