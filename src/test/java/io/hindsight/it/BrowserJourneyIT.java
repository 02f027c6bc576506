package io.hindsight.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.hindsight.standalone.EmbeddedHost;
import io.hindsight.standalone.HostOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.After;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Issue #8's journey in a real browser: starts a fresh embedded host (new data directory, free port, sample data
 * on) and runs the TypeScript journey under {@code frontend/e2e} against it ({@code npm run e2e}: playwright-core
 * driving Debian's Chromium, with axe-core on every screen). A failed step fails this test with the run's output.
 *
 * <p>Started from Java rather than from an exec in the pom, so that the host is the same {@link EmbeddedHost} the
 * other end-to-end tests start (no second way to launch it, no port file to hand over), stops even when the journey
 * fails, and the skip rules live in one place ({@link Chromium}).
 */
public class BrowserJourneyIT {

    private static final Path SCREENSHOTS = Path.of("target/e2e-screenshots");
    /** Vitest's tally when nothing failed or was skipped: "Tests  12 passed (12)". */
    private static final Pattern EVERY_STEP_PASSED = Pattern.compile("Tests\\s+(\\d+) passed \\((\\d+)\\)");

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private EmbeddedHost host;

    @BeforeClass
    public static void requireBrowser() throws Exception {
        FrontendScript.requireBuiltFrontend();
        Chromium.ensureInstalled();
    }

    @Before
    public void start() throws Exception {
        host = EmbeddedHost.start(HostOptions.parse("--port", "0", "--data", folder.newFolder("data").toString()));
        deleteRecursively(SCREENSHOTS);
    }

    @After
    public void stop() throws Exception {
        host.close();
    }

    @Test
    public void declareToFollowUpsClosed_inChromium_withScreenshotsAndNoSeriousAccessibilityViolations()
            throws Exception {
        FrontendScript.Result run = FrontendScript.run("e2e", host.baseUrl(),
                Map.of("HINDSIGHT_E2E_SCREENSHOTS", SCREENSHOTS.toAbsolutePath().toString()),
                Path.of("target/e2e-journey.log"), 10);
        System.out.println(run.output());

        assertEquals("the browser journey failed (whole output in target/e2e-journey.log):\n" + run.tail(80), 0,
                run.exitStatus());
        Matcher tally = EVERY_STEP_PASSED.matcher(run.output());
        assertTrue("every step ran and passed, none skipped:\n" + run.tail(20),
                tally.find() && tally.group(1).equals(tally.group(2)));
        try (Stream<Path> files = Files.list(SCREENSHOTS)) {
            assertTrue("a screenshot of every screen", files.filter(file -> file.toString().endsWith(".png")).count() >= 8);
        }
    }

    private static void deleteRecursively(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
