package io.hindsight.it;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.Assume;

/**
 * Debian's Chromium for the browser tests: installed when missing (by {@code scripts/ensure-chromium}, which needs
 * root). Where it cannot be installed, the tests are skipped with the reason, except under CI, where a missing
 * browser fails them: CI must prove the UI works, not skip the proof.
 */
public final class Chromium {

    static final Path BINARY = Path.of(System.getenv().getOrDefault("HINDSIGHT_CHROMIUM", "/usr/bin/chromium"));
    private static final Path ENSURE_SCRIPT = Path.of("scripts/ensure-chromium");
    private static final int NOT_INSTALLABLE_HERE = 3;

    private Chromium() {
    }

    public static void ensureInstalled() throws Exception {
        if (Files.isExecutable(BINARY)) {
            return;
        }
        Process ensure = new ProcessBuilder(ENSURE_SCRIPT.toString()).redirectErrorStream(true).start();
        String output = new String(ensure.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!ensure.waitFor(15, TimeUnit.MINUTES)) {
            ensure.destroyForcibly();
            throw new AssertionError("scripts/ensure-chromium did not finish in 15 minutes");
        }
        if (ensure.exitValue() == NOT_INSTALLABLE_HERE) {
            skipUnlessCi("chromium is not installed at " + BINARY + " and cannot be installed here: " + output.strip());
        }
        if (ensure.exitValue() != 0 || !Files.isExecutable(BINARY)) {
            throw new AssertionError("scripts/ensure-chromium failed (" + ensure.exitValue() + "): " + output);
        }
    }

    /** Skips the calling test with {@code reason}; under CI ({@code CI} set and not "false") fails it instead. */
    public static void skipUnlessCi(String reason) {
        String ci = System.getenv("CI");
        if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
            throw new AssertionError("CI is set, so the browser tests must run, but " + reason);
        }
        Assume.assumeTrue("Skipped: " + reason, false);
    }
}
