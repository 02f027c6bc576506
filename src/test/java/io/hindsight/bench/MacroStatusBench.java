package io.hindsight.bench;

import static io.hindsight.postmortem.PostmortemInputs.aPostmortemInput;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.confluence.api.service.accessmode.AccessModeService;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.Modification;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hindsight.confluence.HttpClientJiraHttp;
import io.hindsight.confluence.JiraHttp;
import io.hindsight.confluence.followup.FollowUpStatusCache;
import io.hindsight.confluence.followup.MapCacheManager;
import io.hindsight.confluence.postmortem.ConfluencePostmortemSettings;
import io.hindsight.confluence.postmortem.ConfluencePostmortems;
import io.hindsight.confluence.postmortem.MacroState;
import io.hindsight.confluence.rest.jira.FakeJira;
import io.hindsight.confluence.rest.jira.JiraFollowUpStatuses;
import io.hindsight.confluence.rest.jira.JiraIncidentPostmortems;
import io.hindsight.confluence.rest.jira.JiraRestFollowUpTracker;
import io.hindsight.incident.rest.PostmortemSourceDto;
import io.hindsight.platform.CurrentUser;
import io.hindsight.platform.rest.ObjectMapperResolver;
import io.hindsight.postmortem.PostmortemInput;
import io.hindsight.postmortem.workflow.StoredPage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmarks what a Confluence page view with the post-mortem macro costs Hindsight for a post-mortem with 7
 * follow-ups: the macro's state (the page, permissions, the follow-ups' live status) read from the status cache,
 * against reading the status from Jira each time (a fake Jira over real HTTP on this machine), and a Jira slower than
 * the short timeout. Writes bench/results/macro-status.md. Not a test: run it with {@code bench/run macro-status}.
 *
 * <p>Confluence's own services are Mockito stand-ins answering from memory, so the figures are Hindsight's part of a
 * page view, not Confluence's page rendering.
 */
public final class MacroStatusBench {

    private static final int FOLLOW_UPS = 7;
    private static final int WARM_UP = 200;
    private static final int RUNS = 2_000;
    private static final int JIRA_RUNS = 100;
    private static final long TARGET_MS = 200;
    private static final long SLOW_JIRA_MS = 10_000;
    private static final URI AUTHORISE = URI.create("https://jira.test/authorize");

    private MacroStatusBench() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "bench/results/macro-status.md");
        double load = BenchMachine.loadAverage();
        try (FakeJira jira = new FakeJira()) {
            Setup setup = new Setup(jira);
            String key = setup.postmortemWithFollowUps();

            for (int i = 0; i < WARM_UP; i++) {
                setup.postmortems.macroState(key, Setup.MACRO_PAGE);
            }
            double[] cached = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long started = System.nanoTime();
                MacroState state = setup.postmortems.macroState(key, Setup.MACRO_PAGE);
                cached[i] = (System.nanoTime() - started) / 1e6;
                check(state.followUps().issues().size() == FOLLOW_UPS, "every follow-up has a status");
            }
            List<String> keys = setup.postmortems.macroState(key, Setup.MACRO_PAGE).followUps().issues().stream()
                    .map(status -> status.issueKey()).toList();

            JiraFollowUpStatuses direct = new JiraFollowUpStatuses(setup.http);
            double[] uncached = new double[JIRA_RUNS];
            for (int i = 0; i < JIRA_RUNS; i++) {
                long started = System.nanoTime();
                check(direct.statusOf(keys).isAvailable(), "the fake Jira answers");
                uncached[i] = (System.nanoTime() - started) / 1e6;
            }

            jira.delay("GET", "/rest/api/2/search", SLOW_JIRA_MS);
            setup.clock.addAndGet(Duration.ofMinutes(2).toMillis());
            long started = System.nanoTime();
            MacroState slow = setup.postmortems.macroState(key, Setup.MACRO_PAGE);
            double firstSlowMs = (System.nanoTime() - started) / 1e6;
            check(!slow.followUps().isAvailable(), "a Jira slower than the timeout gives no status");
            double[] afterSlow = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long begun = System.nanoTime();
                setup.postmortems.macroState(key, Setup.MACRO_PAGE);
                afterSlow[i] = (System.nanoTime() - begun) / 1e6;
            }
            Arrays.sort(cached);
            Arrays.sort(uncached);
            Arrays.sort(afterSlow);
            String report = report(load, cached, uncached, firstSlowMs, afterSlow);
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            System.out.println(report);
        }
    }

    private static String report(double load, double[] cached, double[] uncached, double firstSlowMs,
                                 double[] afterSlow) {
        return "# Post-mortem macro: page view with live follow-up status\n\n"
                + "Written by `bench/run macro-status` (io.hindsight.bench.MacroStatusBench). What Hindsight adds to a"
                + " Confluence page view of the post-mortem macro for a post-mortem with " + FOLLOW_UPS
                + " follow-ups: reading the page, permissions and the follow-ups' live status. Confluence's services"
                + " are in-memory stand-ins; Jira is a fake over real HTTP on the same machine.\n\n"
                + "| | |\n|---|---|\n"
                + "| date (UTC) | " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + " |\n"
                + "| cores | " + Runtime.getRuntime().availableProcessors() + " |\n"
                + "| load average at start | " + String.format(Locale.ROOT, "%.2f", load)
                + " (the machine is shared with other builds) |\n"
                + "| Java | " + System.getProperty("java.version") + " |\n"
                + "| status cache | " + FollowUpStatusCache.class.getSimpleName() + ", 60 s per viewer and page |\n"
                + "| Jira timeout for the status | " + JiraFollowUpStatuses.TIMEOUT_MS + " ms |\n\n"
                + "| measurement | runs | median ms | p99 ms | max ms | target |\n|---|---|---|---|---|---|\n"
                + row("page view, status from the cache", cached, "< " + TARGET_MS + " ms")
                + row("status read from Jira each time (no cache)", uncached, "")
                + "| first view after the entry expired, Jira answering after " + SLOW_JIRA_MS / 1000 + " s | 1 | "
                + fmt(firstSlowMs) + " | | | at most the " + JiraFollowUpStatuses.TIMEOUT_MS + " ms timeout (+ slack) |\n"
                + row("later views while Jira is slow (\"unavailable\" cached)", afterSlow, "< " + TARGET_MS + " ms")
                + "\nRatio, median status read from Jira / median page view from the cache: "
                + fmt(uncached[uncached.length / 2] / cached[cached.length / 2]) + "x.\n";
    }

    private static String row(String name, double[] sorted, String target) {
        return "| " + name + " | " + sorted.length + " | " + fmt(sorted[sorted.length / 2]) + " | "
                + fmt(sorted[(int) Math.ceil(sorted.length * 0.99) - 1]) + " | " + fmt(sorted[sorted.length - 1]) + " | "
                + target + " |\n";
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("benchmark setup broken: " + what);
        }
    }

    /** Confluence on in-memory stand-ins, Jira the fake over HTTP; the status cache on a clock the bench moves. */
    private static final class Setup {

        static final long MACRO_PAGE = 7;
        final AtomicLong clock = new AtomicLong(System.currentTimeMillis());
        final JiraHttp http;
        final ConfluencePostmortems postmortems;
        private final FakeJira jira;
        private final Map<Long, Page> stored = new HashMap<>();
        private final Map<String, Object> settings = new HashMap<>();
        private long nextId = 100;

        Setup(FakeJira jira) throws Exception {
            this.jira = jira;
            http = new HttpClientJiraHttp(jira.baseUri(), null, AUTHORISE);
            PageManager pages = mock(PageManager.class);
            Page macroPage = new Page();
            macroPage.setId(MACRO_PAGE);
            macroPage.setSpace(new Space("OPS", null));
            stored.put(MACRO_PAGE, macroPage);
            when(pages.getPage(any(Long.class))).thenAnswer(call -> stored.get((Long) call.getArgument(0)));
            doAnswer(call -> {
                Page page = call.getArgument(0);
                page.setId(nextId++);
                page.setVersion(1);
                stored.put(page.getId(), page);
                return null;
            }).when(pages).saveContentEntity(any(), any());
            doAnswer(call -> {
                Page page = call.getArgument(0);
                Modification<ContentEntityObject> change = call.getArgument(1);
                change.modify(page);
                page.setVersion(page.getVersion() + 1);
                return null;
            }).when(pages).saveNewVersion(any(Page.class), any());
            PermissionManager permissions = mock(PermissionManager.class);
            when(permissions.hasCreatePermission(any(), any(), eq(Page.class))).thenReturn(true);
            when(permissions.hasPermission(any(), any(), any())).thenReturn(true);
            ClusterLockService locks = mock(ClusterLockService.class);
            ClusterLock lock = mock(ClusterLock.class);
            when(locks.getLockForName(any())).thenReturn(lock);
            when(lock.tryLock(10, TimeUnit.SECONDS)).thenReturn(true);
            PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
            when(factory.createGlobalSettings()).thenReturn(new PluginSettings() {
                @Override
                public Object get(String name) {
                    return settings.get(name);
                }

                @Override
                public Object put(String name, Object value) {
                    return settings.put(name, value);
                }

                @Override
                public Object remove(String name) {
                    return settings.remove(name);
                }
            });
            ApplicationProperties application = mock(ApplicationProperties.class);
            when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://wiki.test");
            CurrentUser viewer = () -> Optional.of("u1001");
            Clock movable = new Clock() {
                @Override
                public java.time.ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return Instant.ofEpochMilli(clock.get());
                }
            };
            ConfluencePostmortemSettings postmortemSettings = new ConfluencePostmortemSettings(factory);
            postmortemSettings.setFollowUpProject("ACT");
            postmortems = new ConfluencePostmortems(pages, permissions, mock(AccessModeService.class), locks,
                    application, postmortemSettings, new JiraIncidentPostmortems(http),
                    new JiraRestFollowUpTracker(http), userKey -> Optional.of("user-" + userKey),
                    new FollowUpStatusCache(new MapCacheManager(movable, Duration.ofSeconds(60)), viewer,
                            new JiraFollowUpStatuses(http)));
        }

        /** Generates a post-mortem from the fake Jira, writes 7 action items into it, and files their issues. */
        String postmortemWithFollowUps() throws IOException {
            PostmortemInput input = aPostmortemInput().build();
            String key = input.incident().key();
            ObjectMapper json = new ObjectMapperResolver().getContext(Object.class);
            jira.incidents.put(key, json.readTree("{\"key\":\"" + key + "\"}"));
            jira.incidents.put(key + "/postmortem-source", json.valueToTree(PostmortemSourceDto.from(input)));
            StoredPage page = postmortems.workflowFor(MACRO_PAGE).generate(key).page();
            List<String> rows = new ArrayList<>();
            for (int i = 1; i <= FOLLOW_UPS; i++) {
                rows.add("<tr><td><ac:task-list><ac:task><ac:task-status>incomplete</ac:task-status><ac:task-body>"
                        + "Follow-up number " + i + " — Owner: <ac:link><ri:user ri:userkey=\"u100" + i
                        + "\"/></ac:link> · Due: <time datetime=\"" + LocalDate.now(ZoneOffset.UTC).plusDays(i)
                        + "\"/></ac:task-body></ac:task></ac:task-list></td><td>High</td><td>Short-term</td>"
                        + "<td>not created yet</td></tr>");
            }
            Matcher section = Pattern.compile("(<h2>Action items</h2>).*?(<h2>)", Pattern.DOTALL).matcher(page.body());
            check(section.find(), "the generated page has an action-item section");
            String edited = page.body().substring(0, section.start()) + section.group(1) + "<table><tbody><tr><th>"
                    + "Action item</th><th>Priority</th><th>Type</th><th>Jira issue</th></tr>" + String.join("", rows)
                    + "</tbody></table>" + section.group(2) + page.body().substring(section.end());
            postmortems.workflowFor(MACRO_PAGE).edit(key, page.version(), edited);
            long created = postmortems.workflowFor(MACRO_PAGE).createFollowUps(key).rows().stream()
                    .filter(row -> row.issueKey() != null).count();
            check(created == FOLLOW_UPS, "every action item got its issue: " + created);
            check(jira.violations.isEmpty(), "the fake Jira saw schema-valid requests: " + jira.violations);
            return key;
        }
    }
}
