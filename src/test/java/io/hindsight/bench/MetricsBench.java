package io.hindsight.bench;

import io.hindsight.actionitem.ao.ActionItemAo;
import io.hindsight.actionitem.ao.ActionItemEntities;
import io.hindsight.incident.ao.IncidentEntities;
import io.hindsight.incident.ao.IncidentStateAo;
import io.hindsight.incident.ao.IncidentVersionAo;
import io.hindsight.metrics.Figure;
import io.hindsight.metrics.MetricsFilter;
import io.hindsight.metrics.MetricsReport;
import io.hindsight.metrics.ao.AoMetricsStore;
import io.hindsight.metrics.ao.MetricsEntities;
import io.hindsight.standalone.ao.EntityManagerActiveObjects;
import io.hindsight.standalone.ao.EntityManagers;
import io.hindsight.timeline.ao.TimelineEntities;
import io.hindsight.timeline.ao.TimelineEventAo;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import org.postgresql.PGConnection;

/**
 * The metrics on embedded PostgreSQL at scale: 100 000 incidents over a year and 10 million timeline events loaded
 * with COPY, then the metrics page cold and warm, the trace and action-item lists, a full rollup rebuild, and the
 * incremental refresh after 1 000 new timeline events. Writes {@code bench/results/metrics.md}; not a test.
 *
 * <p>Arguments: output file, incidents, timeline events (defaults: the results file, 100 000, 10 000 000).
 */
public final class MetricsBench {

    private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");
    private static final int PROJECTS = 20;
    private static final int COPY_CHUNK = 100_000;
    private static final int ROUNDS = 5;
    private static final long MINUTE = 60_000L;

    private final EntityManager entityManager;
    private final String jdbcUrl;
    private final AoMetricsStore store;
    private final Random random = new Random(42);
    private final StringBuilder report = new StringBuilder();
    private long nextEventId;

    private MetricsBench(EntityManager entityManager, String jdbcUrl) {
        this.entityManager = entityManager;
        this.jdbcUrl = jdbcUrl;
        this.store = new AoMetricsStore(new EntityManagerActiveObjects(entityManager));
    }

    public static void main(String[] args) throws Exception {
        System.setProperty(EntityManagerActiveObjects.AO_ISOLATION_PROPERTY, EntityManagerActiveObjects.AO_READ_COMMITTED);
        Path output = Path.of(args.length > 0 ? args[0] : "bench/results/metrics.md");
        int incidents = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        long events = args.length > 2 ? Long.parseLong(args[2]) : 10_000_000L;
        double loadAtStart = BenchMachine.loadAverage();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_wal_size", "4GB")
                .setOutputRedirector(ProcessBuilder.Redirect.DISCARD)
                .setErrorRedirector(ProcessBuilder.Redirect.DISCARD)
                .start()) {
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            List<Class<? extends RawEntity<?>>> entities = new ArrayList<>(TimelineEntities.ALL);
            entities.addAll(IncidentEntities.ALL);
            entities.addAll(ActionItemEntities.ALL);
            entities.addAll(MetricsEntities.ALL);
            EntityManager entityManager = EntityManagers.open(url, "postgres", "postgres", entities);
            try {
                String text = new MetricsBench(entityManager, url).run(incidents, events, loadAtStart);
                Files.createDirectories(output.toAbsolutePath().getParent());
                Files.writeString(output, text);
                System.out.println(text);
            } finally {
                entityManager.getProvider().dispose();
            }
        }
    }

    private String run(int incidents, long events, double loadAtStart) throws Exception {
        report.append("# Metrics benchmark\n\n").append(BenchMachine.describe(jdbcUrl, loadAtStart,
                "| store | AoMetricsStore over EntityManagerActiveObjects (AO 3.2.11), c3p0, READ COMMITTED |")).append('\n');
        report.append("Regenerate with `bench/run` (or `mvn -B -q -Dfrontend.skip test-compile exec:java "
                + "-Dexec.classpathScope=test -Dexec.mainClass=io.hindsight.bench.MetricsBench`). Data: ")
                .append(incidents).append(" incidents declared over the year before ").append(NOW).append(" in ")
                .append(PROJECTS).append(" projects (5% SEV-1, 20% SEV-2, 45% SEV-3, 30% SEV-4; 3% game days or "
                        + "maintenance, 1% cancelled, 3% unresolved, 20% without a known impact start), about three "
                        + "action items per SEV-1/SEV-2 incident, and ")
                .append(events).append(" timeline events, all loaded with COPY into the Active Objects tables "
                        + "(indexes in place, as in a host).\n\n");

        long loadStart = System.nanoTime();
        loadIncidents(incidents);
        long incidentsLoaded = System.nanoTime();
        loadEvents(incidents, events);
        long eventsLoaded = System.nanoTime();
        sql("ANALYZE");
        long analyzed = System.nanoTime();
        report.append("## Load\n\n| step | time |\n|---|---|\n")
                .append("| incidents, versions, action items (COPY) | ").append(seconds(incidentsLoaded - loadStart))
                .append(" |\n| ").append(events).append(" timeline events (COPY) | ")
                .append(seconds(eventsLoaded - incidentsLoaded)).append(" (")
                .append(String.format(Locale.ROOT, "%,.0f", events / ((eventsLoaded - incidentsLoaded) / 1e9)))
                .append(" rows/s) |\n| ANALYZE | ").append(seconds(analyzed - eventsLoaded)).append(" |\n")
                .append("| rows in the timeline table | ").append(count(TimelineEventAo.class)).append(" |\n")
                .append("| rows in the incident table | ").append(count(IncidentStateAo.class)).append(" |\n\n");

        Set<String> all = new HashSet<>();
        for (int p = 0; p < PROJECTS; p++) {
            all.add(project(p));
        }
        MetricsFilter year = new MetricsFilter(all, NOW.minus(Duration.ofDays(365)), NOW, null, NOW);
        MetricsFilter quarter = new MetricsFilter(Set.of(project(3)), NOW.minus(Duration.ofDays(90)), NOW, null, NOW);

        report.append("## Reads (the dashboard's queries)\n\nCold is the first call after the load in this JVM "
                + "(PostgreSQL's buffers hold what COPY and ANALYZE left there); warm is the median of ")
                .append(ROUNDS).append(" further calls.\n\n| query | cold | warm (median) | budget |\n|---|---|---|---|\n");
        Timed<MetricsReport> cold = time(() -> store.report(year));
        row("metrics page, all 20 projects, one year (" + cold.value.incidents() + " incidents)", cold.nanos,
                warm(() -> store.report(year)), "≤ 2 s cold");
        Timed<MetricsReport> one = time(() -> store.report(quarter));
        row("metrics page, one project, 90 days (" + one.value.incidents() + " incidents)", one.nanos,
                warm(() -> store.report(quarter)), "");
        row("trace MTTR, first page of 50", time(() -> store.trace(Figure.MTTR, year, null, 50)).nanos,
                warm(() -> store.trace(Figure.MTTR, year, null, 50)), "");
        row("open action items, overdue first, page of 50",
                time(() -> store.actionItems(all, null, false, NOW, null, 50)).nanos,
                warm(() -> store.actionItems(all, null, false, NOW, null, 50)), "");
        row("owners by overdue, top 50", time(() -> store.owners(all, NOW, 50)).nanos,
                warm(() -> store.owners(all, NOW, 50)), "");
        report.append('\n');
        long heapAfterReads = usedHeapAfterGc();

        report.append("## Rollups\n\n| step | time | budget |\n|---|---|---|\n");
        Timed<Integer> rebuild = time(store::rebuildRollups);
        report.append("| full rebuild (").append(rebuild.value).append(" project × severity × day rows) | ")
                .append(millis(rebuild.nanos)).append(" | |\n");
        List<Long> refreshes = new ArrayList<>();
        int rewritten = 0;
        for (int round = 0; round < ROUNDS; round++) {
            appendEventsAndStoreStates(incidents, 1_000, 100);
            Timed<Integer> refresh = time(store::refreshRollups);
            refreshes.add(refresh.nanos);
            rewritten = refresh.value;
        }
        Collections.sort(refreshes);
        report.append("| incremental refresh after 1 000 new events on 100 incidents (median of ").append(ROUNDS)
                .append("; max ").append(millis(refreshes.get(refreshes.size() - 1))).append("; ").append(rewritten)
                .append(" rows rewritten in the last) | ").append(millis(refreshes.get(refreshes.size() / 2)))
                .append(" | ≤ 200 ms |\n");
        // The worst case, also as a median: on a shared machine a single run says more about the neighbours.
        List<Long> wides = new ArrayList<>();
        int wideRows = 0;
        for (int round = 0; round < ROUNDS; round++) {
            appendEventsAndStoreStates(incidents, 1_000, 1_000);
            Timed<Integer> wide = time(store::refreshRollups);
            wides.add(wide.nanos);
            wideRows = wide.value;
        }
        Collections.sort(wides);
        report.append("| incremental refresh after 1 000 new events on 1 000 incidents, each event changing its "
                + "incident's state: the worst case (median of ").append(ROUNDS).append("; max ")
                .append(millis(wides.get(wides.size() - 1))).append("; ").append(wideRows)
                .append(" rows rewritten in the last) | ").append(millis(wides.get(wides.size() / 2)))
                .append(" | ≤ 200 ms |\n\n");

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        report.append("## Heap\n\n| | |\n|---|---|\n| max heap (-Xmx default) | ")
                .append(mib(Runtime.getRuntime().maxMemory())).append(" |\n| used after the reads, after GC | ")
                .append(mib(heapAfterReads)).append(" |\n| used at the end, after GC | ").append(mib(usedHeapAfterGc()))
                .append(" |\n| committed at the end | ").append(mib(memory.getHeapMemoryUsage().getCommitted()))
                .append(" |\n\nNo query reads incidents or events into the JVM: figures come back as one row per "
                        + "severity, lists as one page.\n\n");
        report.append("## Plan of the cold query's MTTx statement (one year, all projects)\n\n```\n")
                .append(explainDurations()).append("```\n");
        return report.toString();
    }

    // ---------------------------------------------------------------- data

    private void loadIncidents(int incidents) throws SQLException, java.io.IOException {
        String state = table(IncidentStateAo.class);
        String version = table(IncidentVersionAo.class);
        String items = table(ActionItemAo.class);
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder states = new StringBuilder();
            StringBuilder versions = new StringBuilder();
            StringBuilder actions = new StringBuilder();
            long yearMs = Duration.ofDays(365).toMillis();
            int itemNo = 0;
            for (int i = 1; i <= incidents; i++) {
                String project = project(random.nextInt(PROJECTS));
                double s = random.nextDouble();
                String severity = s < 0.05 ? "SEV-1" : s < 0.25 ? "SEV-2" : s < 0.70 ? "SEV-3" : "SEV-4";
                long declared = NOW.toEpochMilli() - (long) (random.nextDouble() * yearMs);
                long detected = declared - (long) (random.nextDouble() * 3 * MINUTE);
                Long impact = random.nextDouble() < 0.8 ? detected - (long) (Math.exp(random.nextGaussian() + 1.5) * MINUTE) : null;
                Long acked = random.nextDouble() < 0.95 ? detected + (long) (random.nextDouble() * 10 * MINUTE) : null;
                boolean open = random.nextDouble() < 0.03;
                Long resolved = open ? null : detected + (long) (Math.exp(random.nextGaussian() + 4) * MINUTE);
                double x = random.nextDouble();
                String exclusion = x < 0.02 ? "game-day" : x < 0.03 ? "maintenance" : null;
                String status = random.nextDouble() < 0.01 ? "cancelled" : open ? "investigating" : "resolved";
                Long pmDue = null;
                Long pmPublished = null;
                if (resolved != null && (severity.equals("SEV-1") || severity.equals("SEV-2"))) {
                    pmDue = resolved + (severity.equals("SEV-1") ? Duration.ofHours(48) : Duration.ofDays(7)).toMillis();
                    pmPublished = random.nextDouble() < 0.85 ? resolved + (long) (random.nextDouble() * 96 * 60 * MINUTE)
                            : null;
                    for (int a = 0; a < 3; a++) {
                        itemNo++;
                        long created = resolved + Duration.ofDays(1).toMillis();
                        Long closed = random.nextDouble() < 0.7
                                ? created + (long) (random.nextDouble() * Duration.ofDays(60).toMillis()) : null;
                        if (closed != null && closed > NOW.toEpochMilli()) {
                            closed = null;
                        }
                        actions.append("AI-").append(itemNo).append('\t').append(i).append('\t').append(project)
                                .append('-').append(i).append('\t').append(project).append("\tu").append(random.nextInt(400))
                                .append('\t').append(created + Duration.ofDays(14).toMillis()).append("\tHigh\tshort-term\t")
                                .append(created).append('\t').append(nullable(closed)).append('\n');
                    }
                }
                states.append(i).append('\t').append(project).append('-').append(i).append('\t').append(project)
                        .append("\tIncident ").append(i).append("\t1\t").append(severity).append('\t').append(declared)
                        .append('\t').append(status).append('\t').append(declared).append("\tu1\t").append(i)
                        .append("\tu2\t").append(nullable(impact)).append('\t').append(detected).append('\t')
                        .append(nullable(acked)).append('\t').append(nullable(resolved)).append('\t')
                        .append(nullable(pmDue)).append('\t').append(nullable(pmPublished)).append('\t')
                        .append(exclusion == null ? "\\N" : exclusion).append('\n');
                versions.append(i).append(":1\t").append(i).append("\t1\n");
                if (i % COPY_CHUNK == 0 || i == incidents) {
                    copy.copyIn("COPY " + state + " (" + cols(IncidentStateAo.INCIDENT_ID, IncidentStateAo.ISSUE_KEY,
                            IncidentStateAo.PROJECT_KEY, IncidentStateAo.SUMMARY, IncidentStateAo.STATE_VERSION,
                            IncidentStateAo.SEVERITY, IncidentStateAo.SEVERITY_SINCE, IncidentStateAo.INCIDENT_STATUS,
                            IncidentStateAo.DECLARED_AT, IncidentStateAo.DECLARED_BY, IncidentStateAo.DECLARED_ENTRY_ID,
                            IncidentStateAo.COMMANDER_KEY, IncidentStateAo.IMPACT_AT, IncidentStateAo.DETECTED_AT,
                            IncidentStateAo.ACKED_AT, IncidentStateAo.RESOLVED_AT, IncidentStateAo.PM_DUE_AT,
                            IncidentStateAo.PM_PUBLISHED_AT, IncidentStateAo.EXCLUSION) + ") FROM STDIN",
                            new StringReader(states.toString()));
                    copy.copyIn("COPY " + version + " (" + cols(IncidentVersionAo.VERSION_KEY,
                            IncidentVersionAo.INCIDENT_ID, IncidentVersionAo.STATE_VERSION) + ") FROM STDIN",
                            new StringReader(versions.toString()));
                    copy.copyIn("COPY " + items + " (" + cols(ActionItemAo.ISSUE_KEY, ActionItemAo.INCIDENT_ID,
                            ActionItemAo.INCIDENT_KEY, ActionItemAo.PROJECT_KEY, ActionItemAo.OWNER_KEY,
                            ActionItemAo.DUE_AT, ActionItemAo.PRIORITY, ActionItemAo.ITEM_TYPE, ActionItemAo.CREATED_AT,
                            ActionItemAo.CLOSED_AT) + ") FROM STDIN", new StringReader(actions.toString()));
                    states.setLength(0);
                    versions.setLength(0);
                    actions.setLength(0);
                }
            }
        }
    }

    private void loadEvents(int incidents, long events) throws SQLException, java.io.IOException {
        String timeline = table(TimelineEventAo.class);
        String columns = cols(TimelineEventAo.INCIDENT_ID, TimelineEventAo.OCCURRED_AT, TimelineEventAo.RECORDED_AT,
                TimelineEventAo.KIND, TimelineEventAo.SOURCE, TimelineEventAo.SUMMARY, TimelineEventAo.DEDUP_KEY);
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder rows = new StringBuilder();
            long yearMs = Duration.ofDays(365).toMillis();
            for (long n = 0; n < events; n++) {
                long incident = 1 + n % incidents;
                long at = NOW.toEpochMilli() - (long) (random.nextDouble() * yearMs);
                rows.append(incident).append('\t').append(at).append('\t').append(at).append("\tnote\tmanual\tNote ")
                        .append(n).append("\tb:").append(n).append('\n');
                if ((n + 1) % COPY_CHUNK == 0 || n + 1 == events) {
                    copy.copyIn("COPY " + timeline + " (" + columns + ") FROM STDIN", new StringReader(rows.toString()));
                    rows.setLength(0);
                }
            }
            nextEventId = events;
        }
    }

    /**
     * What the webhooks and {@code IncidentChanges.refreshKeyInstants} do for {@code events} new entries spread over
     * {@code incidents} incidents: append the entries, then store each incident's next state (a new acknowledgement
     * instant, a version claim), in one transaction per incident.
     */
    private void appendEventsAndStoreStates(int totalIncidents, int events, int incidents) throws SQLException {
        String timeline = table(TimelineEventAo.class);
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
                PreparedStatement append = connection.prepareStatement("INSERT INTO " + timeline + " (" + cols(
                        TimelineEventAo.INCIDENT_ID, TimelineEventAo.OCCURRED_AT, TimelineEventAo.RECORDED_AT,
                        TimelineEventAo.KIND, TimelineEventAo.SOURCE, TimelineEventAo.SUMMARY, TimelineEventAo.DEDUP_KEY)
                        + ") VALUES (?, ?, ?, 'note', 'manual', 'New note', ?)");
                PreparedStatement state = connection.prepareStatement("UPDATE " + table(IncidentStateAo.class) + " SET "
                        + q(IncidentStateAo.STATE_VERSION) + " = " + q(IncidentStateAo.STATE_VERSION) + " + 1, "
                        + q(IncidentStateAo.ACKED_AT) + " = " + q(IncidentStateAo.DETECTED_AT) + " + ? WHERE "
                        + q(IncidentStateAo.INCIDENT_ID) + " = ? RETURNING " + q(IncidentStateAo.STATE_VERSION));
                PreparedStatement claim = connection.prepareStatement("INSERT INTO " + table(IncidentVersionAo.class)
                        + " (" + cols(IncidentVersionAo.VERSION_KEY, IncidentVersionAo.INCIDENT_ID,
                        IncidentVersionAo.STATE_VERSION) + ") VALUES (?, ?, ?)")) {
            connection.setAutoCommit(false);
            long[] chosen = new long[incidents];
            for (int i = 0; i < incidents; i++) {
                chosen[i] = 1 + random.nextInt(totalIncidents);
            }
            long now = NOW.toEpochMilli();
            for (int e = 0; e < events; e++) {
                append.setLong(1, chosen[e % incidents]);
                append.setLong(2, now);
                append.setLong(3, now);
                append.setString(4, "new:" + nextEventId++);
                append.addBatch();
            }
            append.executeBatch();
            connection.commit();
            for (long incident : chosen) {
                state.setLong(1, random.nextInt(10) * MINUTE);
                state.setLong(2, incident);
                int version;
                try (ResultSet updated = state.executeQuery()) {
                    updated.next();
                    version = updated.getInt(1);
                }
                claim.setString(1, incident + ":" + version);
                claim.setLong(2, incident);
                claim.setInt(3, version);
                claim.executeUpdate();
                connection.commit();
            }
        }
    }

    // ---------------------------------------------------------------- plumbing

    private record Timed<T>(T value, long nanos) {
    }

    private static <T> Timed<T> time(Supplier<T> work) {
        long start = System.nanoTime();
        T value = work.get();
        return new Timed<>(value, System.nanoTime() - start);
    }

    private static long warm(Supplier<?> work) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            times.add(time(work).nanos);
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }

    private void row(String what, long cold, long warm, String budget) {
        report.append("| ").append(what).append(" | ").append(millis(cold)).append(" | ").append(millis(warm))
                .append(" | ").append(budget).append(" |\n");
    }

    private String explainDurations() throws SQLException {
        String s = "s";
        String sql = "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) SELECT COUNT(*), PERCENTILE_CONT(0.5) WITHIN GROUP "
                + "(ORDER BY " + s + "." + q(IncidentStateAo.RESOLVED_AT) + " - " + s + "." + q(IncidentStateAo.DETECTED_AT)
                + ") FROM " + table(IncidentStateAo.class) + " " + s + " WHERE " + s + "." + q(IncidentStateAo.DECLARED_AT)
                + " >= " + NOW.minus(Duration.ofDays(365)).toEpochMilli() + " AND " + s + "."
                + q(IncidentStateAo.EXCLUSION) + " IS NULL";
        StringBuilder plan = new StringBuilder();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
                Statement statement = connection.createStatement();
                ResultSet lines = statement.executeQuery(sql)) {
            while (lines.next()) {
                plan.append(lines.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    private long count(Class<? extends RawEntity<?>> type) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + table(type))) {
            result.next();
            return result.getLong(1);
        }
    }

    private void sql(String text) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            statement.execute(text);
        }
    }

    private String table(Class<? extends RawEntity<?>> type) {
        return entityManager.getProvider().withSchema(entityManager.getTableNameConverter().getName(type));
    }

    private String q(String column) {
        return entityManager.getProvider().processID(column);
    }

    private String cols(String... columns) {
        List<String> quoted = new ArrayList<>();
        for (String column : columns) {
            quoted.add(q(column));
        }
        return String.join(", ", quoted);
    }

    private static String project(int p) {
        return String.format(Locale.ROOT, "P%02d", p);
    }

    private static String nullable(Long value) {
        return value == null ? "\\N" : value.toString();
    }

    private static long usedHeapAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.0f MiB", bytes / 1048576.0);
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

}
