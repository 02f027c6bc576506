package io.hindsight.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** What every benchmark's results file says about the run: machine, load, Java and the PostgreSQL it measured. */
final class BenchMachine {

    private BenchMachine() {
    }

    /** The one-minute load average: on a shared 2-core machine it decides how far apart two runs' figures lie. */
    static double loadAverage() {
        return ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class).getSystemLoadAverage();
    }

    /**
     * A two-column markdown table of the run's setting, asking the embedded PostgreSQL at {@code jdbcUrl} for its
     * version and durability; {@code extraRows} (each {@code | name | value |}) describe what the benchmark drives.
     */
    static String describe(String jdbcUrl, double loadAtStart, String... extraRows) throws SQLException {
        String database;
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT current_setting('server_version'), "
                        + "current_setting('fsync'), current_setting('synchronous_commit')")) {
            result.next();
            database = result.getString(1) + ", fsync=" + result.getString(2) + ", synchronous_commit="
                    + result.getString(3);
        }
        return table(loadAtStart, "| database | embedded PostgreSQL " + database + ", same host |", extraRows);
    }

    /** The same table for a benchmark that measures no database: machine, load, Java, then {@code extraRows}. */
    static String describeMachine(double loadAtStart, String... extraRows) {
        return table(loadAtStart, null, extraRows);
    }

    private static String table(double loadAtStart, String databaseRow, String... extraRows) {
        StringBuilder table = new StringBuilder("| | |\n|---|---|\n")
                .append("| date (UTC) | ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(" |\n")
                .append("| cores | ").append(Runtime.getRuntime().availableProcessors()).append(" |\n")
                .append("| load average at start | ").append(String.format(Locale.ROOT, "%.2f", loadAtStart))
                .append(" (the machine is shared with other builds) |\n")
                .append("| Java | ").append(System.getProperty("java.version")).append(" (")
                .append(System.getProperty("java.vm.name")).append(") |\n")
                .append("| OS | ").append(System.getProperty("os.name")).append(' ')
                .append(System.getProperty("os.arch")).append(" |\n");
        if (databaseRow != null) {
            table.append(databaseRow).append('\n');
        }
        for (String row : extraRows) {
            table.append(row).append('\n');
        }
        return table.toString();
    }
}
