package io.hindsight.standalone;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The embedded host's command line: where to listen, where to keep data, which database to use.
 *
 * @param databaseUrl a JDBC URL; {@code null} means an H2 file database inside {@code dataDir}
 */
public record HostOptions(String bindAddress, int port, Path dataDir, String databaseUrl, String databaseUser,
        String databasePassword, boolean sampleData) {

    static final String USAGE = """
            Usage: hindsight run [--port 8080] [--bind 127.0.0.1] [--data ./data]
                                 [--db postgres://user:password@host:5432/database] [--no-sample-data]""";

    /** Parses arguments; anything unknown or malformed is an {@link IllegalArgumentException} with the usage. */
    public static HostOptions parse(String... args) {
        String bind = "127.0.0.1";
        int port = 8080;
        Path data = Path.of("data");
        String db = null;
        boolean sample = true;
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String flag = rest.remove(0);
            switch (flag) {
                case "--port" -> port = parsePort(valueOf(flag, rest));
                case "--bind" -> bind = valueOf(flag, rest);
                case "--data" -> data = Path.of(valueOf(flag, rest));
                case "--db" -> db = valueOf(flag, rest);
                case "--no-sample-data" -> sample = false;
                default -> throw new IllegalArgumentException("Unknown option " + flag + "\n" + USAGE);
            }
        }
        if (db == null) {
            return new HostOptions(bind, port, data.toAbsolutePath(), null, "sa", "", sample);
        }
        return withDatabase(bind, port, data.toAbsolutePath(), db, sample);
    }

    /** The JDBC URL to open: the given one, or an H2 file that survives restarts. */
    public String jdbcUrl() {
        if (databaseUrl != null) {
            return databaseUrl;
        }
        return "jdbc:h2:file:" + dataDir.resolve("hindsight").toString().replace('\\', '/')
                + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    private static HostOptions withDatabase(String bind, int port, Path data, String db, boolean sample) {
        if (db.startsWith("jdbc:")) {
            return new HostOptions(bind, port, data, db, "", "", sample);
        }
        URI uri = URI.create(db);
        if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
            throw new IllegalArgumentException("--db takes postgres://user:password@host:port/database or a jdbc: URL");
        }
        String user = "";
        String password = "";
        if (uri.getUserInfo() != null) {
            String[] parts = uri.getUserInfo().split(":", 2);
            user = parts[0];
            password = parts.length > 1 ? parts[1] : "";
        }
        int dbPort = uri.getPort() == -1 ? 5432 : uri.getPort();
        String jdbc = "jdbc:postgresql://" + uri.getHost() + ":" + dbPort + uri.getPath();
        return new HostOptions(bind, port, data, jdbc, user, password, sample);
    }

    private static String valueOf(String flag, List<String> rest) {
        if (rest.isEmpty()) {
            throw new IllegalArgumentException(flag + " needs a value\n" + USAGE);
        }
        return rest.remove(0);
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("--port takes a number from 0 (any free port) to 65535");
    }
}
