package io.hindsight.bench;

import io.hindsight.incident.IncidentAccess;
import io.hindsight.incident.IncidentRef;
import io.hindsight.incident.Permissions;
import io.hindsight.platform.CurrentUser;
import io.hindsight.standalone.ao.EntityManagerActiveObjects;
import io.hindsight.standalone.ao.EntityManagers;
import io.hindsight.timeline.AppendTimelineEventCommand;
import io.hindsight.timeline.TimelineCursor;
import io.hindsight.timeline.TimelineEventKind;
import io.hindsight.timeline.TimelinePage;
import io.hindsight.timeline.TimelineQuery;
import io.hindsight.timeline.TimelineService;
import io.hindsight.timeline.TimelineSource;
import io.hindsight.timeline.ao.AoTimelineStore;
import io.hindsight.timeline.ao.TimelineEntities;
import io.hindsight.timeline.ao.TimelineEventAo;
import io.hindsight.timeline.ao.TimelineHideAo;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;

/**
 * Measures the timeline's Active Objects storage on a durable PostgreSQL: appends through
 * {@link TimelineService} against plain JDBC inserts into the same table (same run, interleaved rounds), and
 * reading the newest page of a 100 000-entry timeline. Writes a markdown table to the path in {@code args[0]}.
 */
public final class TimelineStoreBench {

    private static final int ROWS = 5_000;
    private static final int BLOCK = 50;
    private static final int WARM_UP_ROWS = 500;
    private static final int BIG_TIMELINE = 100_000;
    private static final int READS = 500;
    private static final int PAGE = 100;
    private static final String USER = "JIRAUSER10000";

    private final EntityManager entityManager;
    private final String jdbcUrl;
    private final TimelineService service;
    private final AoTimelineStore store;
    private final AtomicLong nextExternalId = new AtomicLong();
    private final List<String> table = new ArrayList<>();

    private TimelineStoreBench(EntityManager entityManager, String jdbcUrl) {
        this.entityManager = entityManager;
        this.jdbcUrl = jdbcUrl;
        this.store = new AoTimelineStore(new EntityManagerActiveObjects(entityManager));
        IncidentAccess access = new IncidentAccess(key -> Optional.of(new IncidentRef(incidentIdOf(key), key, "OPS", "")),
                new AllowAll(), signedIn());
        this.service = new TimelineService(access, store, signedIn(), Clock.systemUTC());
    }

    public static void main(String[] args) throws Exception {
        // AO's Transaction then starts at the hosts' isolation level itself, sparing the adapter a second switch.
        System.setProperty(EntityManagerActiveObjects.AO_ISOLATION_PROPERTY, EntityManagerActiveObjects.AO_READ_COMMITTED);
        Path output = Path.of(args.length > 0 ? args[0] : "bench/results/timeline-store.md");
        double loadAtStart = BenchMachine.loadAverage();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setOutputRedirector(ProcessBuilder.Redirect.DISCARD)
                .setErrorRedirector(ProcessBuilder.Redirect.DISCARD)
                .start()) {
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            EntityManager entityManager = EntityManagers.open(url, "postgres", "postgres", TimelineEntities.ALL);
            try {
                TimelineStoreBench bench = new TimelineStoreBench(entityManager, url);
                String report = bench.run(loadAtStart);
                Files.createDirectories(output.toAbsolutePath().getParent());
                Files.writeString(output, report);
                System.out.println(report);
            } finally {
                entityManager.getProvider().dispose();
            }
        }
    }

    private String run(double loadAtStart) throws SQLException, IOException {
        StringBuilder report = new StringBuilder();
        report.append("# Timeline store benchmark\n\n");
        report.append(BenchMachine.describe(jdbcUrl, loadAtStart,
                "| ORM | Active Objects 3.2.11 through EntityManagerActiveObjects, c3p0, READ COMMITTED |")).append('\n');

        long aoNotesNanos = 0;
        long aoWebhookNanos = 0;
        long jdbcNanos = 0;
        try (Connection jdbc = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
                PreparedStatement insert = jdbc.prepareStatement(jdbcInsert())) {
            jdbc.setAutoCommit(false);
            jdbc.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            appendUserNotes(WARM_UP_ROWS);
            appendWebhookEvents(WARM_UP_ROWS);
            jdbcInserts(insert, WARM_UP_ROWS);
            // Small interleaved blocks, so that bursts of load from other processes on this shared machine
            // hit all three ways alike.
            for (int block = 0; block < ROWS / BLOCK; block++) {
                aoNotesNanos += appendUserNotes(BLOCK);
                aoWebhookNanos += appendWebhookEvents(BLOCK);
                jdbcNanos += jdbcInserts(insert, BLOCK);
            }
        }
        int rows = ROWS;
        double jdbcRate = rate(rows, jdbcNanos);
        double notesRate = rate(rows, aoNotesNanos);
        double webhookRate = rate(rows, aoWebhookNanos);

        report.append("## (a) Appends, each in its own transaction (").append(rows).append(" rows per way in interleaved blocks of ")
                .append(BLOCK).append(", after ").append(WARM_UP_ROWS).append(" warm-up rows each)\n\n");
        report.append("| way | rows/s | AO / JDBC | target |\n|---|---:|---:|---|\n");
        report.append(row("plain JDBC single-row INSERT + COMMIT", jdbcRate, 1.0, "reference"));
        report.append(row("TimelineService.append → AoTimelineStore (user note, no external id)", notesRate,
                notesRate / jdbcRate, "≥ 0.5"));
        report.append(row("TimelineService.record → AoTimelineStore (webhook, new external id: insert; a repeat "
                + "would then be read back)", webhookRate, webhookRate / jdbcRate, "≥ 0.5"));
        report.append('\n');

        long bigIncident = 900_000L;
        fillTimeline(bigIncident, BIG_TIMELINE);
        Reads[] newest = readNewest(bigIncident);
        Reads deep = readAtRandomCursors(bigIncident);
        report.append("## (b) Reading one page of ").append(PAGE).append(" from a timeline of ")
                .append(String.format(Locale.ROOT, "%,d", BIG_TIMELINE)).append(" entries (")
                .append(READS).append(" reads each, after 50 warm-up reads)\n\n");
        report.append("| read | median ms | p99 ms | max ms | target |\n|---|---:|---:|---:|---|\n");
        report.append(newest[0].row("newest 100 through AoTimelineStore.page (first page, newest first)",
                "p99 < 20 ms"));
        report.append(newest[1].row("the same two statements on plain JDBC, alternating with the row above",
                "reference"));
        report.append(deep.row("100 after a random cursor through AoTimelineStore.page", "p99 < 20 ms"));
        report.append('\n');
        double loadAtEnd = BenchMachine.loadAverage();
        report.append(String.format(Locale.ROOT, "Load average at the end: %.2f. Latency tails and throughput move with "
                + "the load of other processes on this 2-core machine; compare the ratios, which come from one run.%n%n",
                loadAtEnd));
        report.append("Plan of the first-page query (PostgreSQL `EXPLAIN ANALYZE`):\n\n```\n")
                .append(explainFirstPage(bigIncident)).append("```\n");
        return report.toString();
    }

    private long appendUserNotes(int count) {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            service.append("OPS-1", new AppendTimelineEventCommand(null, TimelineEventKind.NOTE, TimelineSource.MANUAL,
                    "Restarted the checkout pods, attempt " + i, "Rolled back to the previous image.", null, null));
        }
        return System.nanoTime() - start;
    }

    private long appendWebhookEvents(int count) {
        IncidentRef incident = new IncidentRef(incidentIdOf("OPS-2"), "OPS-2", "OPS", "");
        TimelineSource alertmanager = new TimelineSource("alertmanager");
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            service.record(incident, null, new AppendTimelineEventCommand(null, TimelineEventKind.ALERT_FIRING,
                    alertmanager, "HighErrorRate on checkout", "error ratio 0.12 > 0.05",
                    "https://prometheus.example.com/graph?g0.expr=errors", "fp-" + nextExternalId.incrementAndGet()));
        }
        return System.nanoTime() - start;
    }

    /** The same row AO writes, as one prepared INSERT per transaction on a dedicated connection, best case. */
    private long jdbcInserts(PreparedStatement insert, int count) throws SQLException {
        Connection connection = insert.getConnection();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long now = Instant.now().truncatedTo(ChronoUnit.MILLIS).toEpochMilli();
            insert.setLong(1, incidentIdOf("OPS-3"));
            insert.setLong(2, now);
            insert.setLong(3, now);
            insert.setString(4, TimelineEventKind.NOTE.code());
            insert.setString(5, TimelineSource.MANUAL.code());
            insert.setString(6, USER);
            insert.setString(7, "Restarted the checkout pods, attempt " + i);
            insert.setString(8, "Rolled back to the previous image.");
            insert.setString(9, "~" + UUID.randomUUID());
            insert.executeUpdate();
            connection.commit();
        }
        return System.nanoTime() - start;
    }

    private String jdbcInsert() {
        return "INSERT INTO " + table() + " (" + columns(TimelineEventAo.INCIDENT_ID, TimelineEventAo.OCCURRED_AT,
                TimelineEventAo.RECORDED_AT, TimelineEventAo.KIND, TimelineEventAo.SOURCE, TimelineEventAo.ACTOR_KEY,
                TimelineEventAo.SUMMARY, TimelineEventAo.DETAILS, TimelineEventAo.DEDUP_KEY)
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    /** Setup, not measured: JDBC batches, with every tenth occurred-at shared by two entries. */
    private void fillTimeline(long incidentId, int count) throws SQLException {
        String sql = "INSERT INTO " + table() + " (" + columns(TimelineEventAo.INCIDENT_ID, TimelineEventAo.OCCURRED_AT,
                TimelineEventAo.RECORDED_AT, TimelineEventAo.KIND, TimelineEventAo.SOURCE, TimelineEventAo.SUMMARY,
                TimelineEventAo.EXTERNAL_ID, TimelineEventAo.DEDUP_KEY) + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        long t0 = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
        TimelineEventKind[] kinds = TimelineEventKind.values();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (int i = 0; i < count; i++) {
                    long occurredAt = t0 + (i - i % 10 / 9) * 1_000L;
                    insert.setLong(1, incidentId);
                    insert.setLong(2, occurredAt);
                    insert.setLong(3, occurredAt + 500);
                    insert.setString(4, kinds[i % kinds.length].code());
                    insert.setString(5, "alertmanager");
                    insert.setString(6, "Alert " + i + " fired on node-" + (i % 40));
                    insert.setString(7, "bulk-" + i);
                    insert.setString(8, "~" + UUID.randomUUID());
                    insert.addBatch();
                    if (i % 1_000 == 999) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
            try (Statement analyze = connection.createStatement()) {
                analyze.execute("ANALYZE " + table());
            }
            connection.commit();
        }
    }

    /** The newest page through the store, alternating with the same two statements on plain JDBC. */
    private Reads[] readNewest(long incidentId) throws SQLException {
        TimelineQuery first = TimelineQuery.firstPage(TimelineQuery.Order.NEWEST_FIRST, PAGE);
        long[] aoNanos = new long[READS];
        long[] jdbcNanos = new long[READS];
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
                PreparedStatement entries = connection.prepareStatement("SELECT * FROM " + table() + " WHERE "
                        + columns(TimelineEventAo.INCIDENT_ID) + " = ? ORDER BY " + columns(TimelineEventAo.OCCURRED_AT)
                        + " DESC, " + columns(TimelineEventAo.ID) + " DESC LIMIT " + (PAGE + 1));
                PreparedStatement hides = connection.prepareStatement("SELECT * FROM " + hideTable() + " WHERE "
                        + columns(TimelineHideAo.EVENT_ID) + " IN (" + String.join(", ", Collections.nCopies(PAGE, "?"))
                        + ")")) {
            for (int i = -50; i < READS; i++) {
                long start = System.nanoTime();
                TimelinePage page = store.page(incidentId, first);
                long aoElapsed = System.nanoTime() - start;
                check(page);
                start = System.nanoTime();
                int rows = jdbcPage(entries, hides, incidentId);
                long jdbcElapsed = System.nanoTime() - start;
                if (rows != PAGE + 1) {
                    throw new IllegalStateException("JDBC read " + rows + " rows");
                }
                if (i >= 0) {
                    aoNanos[i] = aoElapsed;
                    jdbcNanos[i] = jdbcElapsed;
                }
            }
        }
        return new Reads[] {new Reads(aoNanos), new Reads(jdbcNanos)};
    }

    private static int jdbcPage(PreparedStatement entries, PreparedStatement hides, long incidentId) throws SQLException {
        entries.setLong(1, incidentId);
        List<Object[]> rows = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        try (ResultSet result = entries.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                Object[] row = new Object[columns];
                for (int c = 0; c < columns; c++) {
                    row[c] = result.getObject(c + 1);
                }
                rows.add(row);
                ids.add(result.getInt(TimelineEventAo.ID));
            }
        }
        for (int i = 0; i < PAGE; i++) {
            hides.setInt(i + 1, i < ids.size() ? ids.get(i) : -1);
        }
        try (ResultSet result = hides.executeQuery()) {
            while (result.next()) {
                result.getObject(1);
            }
        }
        return rows.size();
    }

    private Reads readAtRandomCursors(long incidentId) {
        TimelinePage newest = store.page(incidentId, TimelineQuery.firstPage(TimelineQuery.Order.NEWEST_FIRST, PAGE));
        long newestMillis = newest.events().get(0).occurredAt().toEpochMilli();
        Random random = new Random(42);
        long[] nanos = new long[READS];
        for (int i = -50; i < READS; i++) {
            // A cursor at a random instant; the largest id makes the page start with the entries at that instant.
            long at = newestMillis - random.nextInt(BIG_TIMELINE - 2 * PAGE) * 1_000L;
            TimelineQuery query = new TimelineQuery(TimelineQuery.Order.NEWEST_FIRST, Set.of(),
                    new TimelineCursor(at, Integer.MAX_VALUE), PAGE, false);
            long start = System.nanoTime();
            TimelinePage page = store.page(incidentId, query);
            long elapsed = System.nanoTime() - start;
            check(page);
            if (i >= 0) {
                nanos[i] = elapsed;
            }
        }
        return new Reads(nanos);
    }

    private static void check(TimelinePage page) {
        if (page.events().size() != PAGE || page.next() == null) {
            throw new IllegalStateException("Expected a full page with a next cursor, got " + page.events().size());
        }
    }

    private String explainFirstPage(long incidentId) throws SQLException {
        List<String> statements = new ArrayList<>();
        DatabaseProvider.SqlListener listener = statements::add;
        entityManager.getProvider().addSqlListener(listener);
        try {
            store.page(incidentId, TimelineQuery.firstPage(TimelineQuery.Order.NEWEST_FIRST, PAGE));
        } finally {
            entityManager.getProvider().removeSqlListener(listener);
        }
        StringBuilder plan = new StringBuilder(statements.get(0)).append("\n\n");
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
                PreparedStatement explain = connection.prepareStatement("EXPLAIN (ANALYZE, COSTS OFF) " + statements.get(0))) {
            explain.setLong(1, incidentId);
            try (ResultSet lines = explain.executeQuery()) {
                while (lines.next()) {
                    plan.append(lines.getString(1)).append('\n');
                }
            }
        }
        return plan.toString();
    }


    private String table() {
        return entityManager.getProvider().withSchema(entityManager.getTableNameConverter().getName(TimelineEventAo.class));
    }

    private String hideTable() {
        return entityManager.getProvider().withSchema(entityManager.getTableNameConverter().getName(TimelineHideAo.class));
    }

    private String columns(String... names) {
        DatabaseProvider provider = entityManager.getProvider();
        return String.join(", ", Arrays.stream(names).map(provider::processID).toList());
    }

    private static String row(String way, double rate, double ratio, String target) {
        return String.format(Locale.ROOT, "| %s | %,.0f | %.2f | %s |%n", way, rate, ratio, target);
    }

    private static double rate(int rows, long nanos) {
        return rows / (nanos / 1e9);
    }

    private static long incidentIdOf(String key) {
        return 10_000L + Long.parseLong(key.substring(key.indexOf('-') + 1));
    }

    private static CurrentUser signedIn() {
        return () -> Optional.of(USER);
    }

    /** Latencies of one kind of read. */
    private record Reads(long[] nanos) {

        String row(String read, String target) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %s |%n", read, millis(sorted, 0.5),
                    millis(sorted, 0.99), sorted[sorted.length - 1] / 1e6, target);
        }

        private static double millis(long[] sorted, double quantile) {
            return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
        }
    }

    /** The benchmark measures storage, not permission checks: everyone may do everything. */
    private static final class AllowAll implements Permissions {

        @Override
        public boolean canView(String userKey, IncidentRef incident) {
            return true;
        }

        @Override
        public boolean canEdit(String userKey, IncidentRef incident) {
            return true;
        }
    }
}
