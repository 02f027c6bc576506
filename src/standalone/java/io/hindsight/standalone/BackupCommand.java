package io.hindsight.standalone;

import io.hindsight.standalone.backup.BackupReport;
import io.hindsight.standalone.backup.AoBackup;
import io.hindsight.platform.HindsightException;
import io.hindsight.platform.InvalidInputException;
import io.hindsight.standalone.ao.EntityManagers;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import net.java.ao.EntityManager;

/**
 * {@code hindsight export FILE} and {@code hindsight import FILE}: a backup of the embedded host's database to one
 * file, and its restore into an empty one, with the host stopped (an H2 file database admits one process at a
 * time; while the host runs, {@code GET /rest/hindsight/1.0/admin/backup} gives the same file).
 */
public final class BackupCommand {

    static final String USAGE = """
            Usage: hindsight export FILE [--data ./data] [--db postgres://user:password@host:5432/database]
                   hindsight import FILE [--data ./data] [--db postgres://user:password@host:5432/database]""";

    private BackupCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command; 0 when done, 1 when refused or failed (nothing imported), 2 for a wrong command line. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2 || !(args[0].equals("export") || args[0].equals("import"))) {
            err.println(USAGE);
            return 2;
        }
        Path file = Path.of(args[1]).toAbsolutePath();
        HostOptions options;
        try {
            options = HostOptions.parse(Arrays.copyOfRange(args, 2, args.length));
        } catch (IllegalArgumentException badArguments) {
            err.println(badArguments.getMessage().replace(HostOptions.USAGE, USAGE));
            return 2;
        }
        try {
            Files.createDirectories(options.dataDir());
            EntityManager entityManager = EntityManagers.open(options.jdbcUrl(), options.databaseUser(),
                    options.databasePassword(), EmbeddedHost.entities());
            try {
                AoBackup backup = new AoBackup(entityManager, Clock.systemUTC());
                return args[0].equals("export") ? export(backup, file, out) : restore(backup, file, out);
            } finally {
                entityManager.getProvider().dispose();
            }
        } catch (HindsightException refused) {
            String where = refused instanceof InvalidInputException invalid && invalid.field() != null
                    ? " (" + invalid.field() + ")" : "";
            err.println(file + where + ": " + refused.getMessage());
            return 1;
        } catch (IOException | SQLException | RuntimeException failure) {
            err.println("The " + args[0] + " failed: " + failure.getMessage());
            return 1;
        }
    }

    /** Written to a temporary file first, so an export that fails leaves no file that looks complete. */
    private static int export(AoBackup backup, Path file, PrintStream out) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        BackupReport report;
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
            report = backup.export(stream);
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        out.println("Exported " + report.rows() + " rows of " + report.rowsByTable().size() + " tables to " + file);
        return 0;
    }

    private static int restore(AoBackup backup, Path file, PrintStream out) throws IOException {
        BackupReport report;
        try (InputStream stream = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            report = backup.restore(stream);
        }
        out.println("Imported " + report.rows() + " rows of " + report.rowsByTable().size() + " tables from " + file);
        out.println("Ingestion secrets stay sealed under the key of the data directory they came from: copy its "
                + "ingest-secrets.key here, or rotate each source's secret.");
        return 0;
    }
}
