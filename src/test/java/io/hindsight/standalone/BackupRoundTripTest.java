package io.hindsight.standalone;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hindsight.standalone.ao.EntityManagers;
import io.hindsight.testing.db.EmbeddedPostgresDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * Backup and restore end to end, on H2 and on PostgreSQL: a host with the sample incidents, a generated and
 * edited post-mortem with follow-up issues, an ingestion source and a 4 000-entry timeline is exported over
 * {@code GET /admin/backup}, restored with {@code hindsight import} into an empty database, and every Hindsight table
 * is compared row by row, ids included. The restored host then serves the same timeline and keeps numbering past the
 * restored ids. Importing into a database with data, or a file cut short or altered, imports nothing.
 */
@RunWith(Parameterized.class)
public class BackupRoundTripTest {

    private static final int LARGE_DELIVERIES = 4;
    private static final int ALERTS_PER_DELIVERY = 1_000;

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return List.of(new Object[] {"h2"}, new Object[] {"postgres"});
    }

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private final String database;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final List<AutoCloseable> hosts = new ArrayList<>();

    public BackupRoundTripTest(String database) {
        this.database = database;
    }

    @After
    public void stopHosts() throws Exception {
        for (AutoCloseable host : hosts) {
            host.close();
        }
    }

    @Test
    public void export_thenImportIntoAnEmptyDatabase_restoresEveryRowWithItsId() throws Exception {
        Place source = place("source");
        EmbeddedHost host = start(source, true);
        String token = fillWithEverything(host.baseUrl());
        JsonNode timelineBefore = timeline(host.baseUrl(), "OPS-1");
        assertEquals("only administrators download backups", 403,
                get(host.baseUrl(), "/rest/hindsight/1.0/admin/backup", "sam").statusCode());
        Path file = folder.getRoot().toPath().resolve("backup.jsonl");
        HttpResponse<Path> download = http.send(request(host.baseUrl(), "/rest/hindsight/1.0/admin/backup", "alex")
                .build(), HttpResponse.BodyHandlers.ofFile(file));
        assertEquals(200, download.statusCode());
        host.close();
        hosts.remove(host);
        Map<String, List<List<String>>> before = dump(source);

        Place target = place("target");
        assertEquals(err("import", file, target), 0, command("import", file, target).exit());

        Map<String, List<List<String>>> after = dump(target);
        assertEquals("the same tables", before.keySet(), after.keySet());
        for (String table : before.keySet()) {
            assertEquals(table + ": every row, every column, same ids", before.get(table), after.get(table));
        }
        assertTrue("a large timeline", before.get("TL_EVENT").size() > LARGE_DELIVERIES * ALERTS_PER_DELIVERY);
        for (String table : List.of("TL_HIDE", "INC_STATE", "INC_VERSION", "SA_INCIDENT",
                "SA_PAGE", "SA_PAGE_REV", "ING_SOURCE", "ING_SECRET", "INC_POLICY", "ACTION_ITEM",
                "INC_CAUSE")) {
            assertTrue(table + " is in the backup and has rows", before.containsKey(table)
                    && !before.get(table).isEmpty());
        }
        Path again = folder.getRoot().toPath().resolve("again.jsonl");
        assertEquals(0, command("export", again, target).exit());
        assertEquals("exporting the restored database gives the same rows", rowLines(file), rowLines(again));

        Files.copy(source.dataDir.resolve("ingest-secrets.key"), target.dataDir.resolve("ingest-secrets.key"));
        EmbeddedHost restored = start(target, false);
        assertEquals("the timeline reads the same", timelineBefore, timeline(restored.baseUrl(), "OPS-1"));
        HttpResponse<String> appended = post(restored.baseUrl(), "/rest/hindsight/1.0/incidents/OPS-1/timeline",
                "Basic " + basic("sam"), "{\"kind\": \"note\", \"summary\": \"After the restore\"}");
        assertEquals("new rows get ids past the restored ones: " + appended.body(), 201, appended.statusCode());
        HttpResponse<String> delivered = post(restored.baseUrl(), "/rest/hindsight/1.0/ingest/backup-am",
                "Bearer " + token, alerts(1, "after-restore"));
        assertEquals("the source's token still works (key file copied): " + delivered.body(), 200,
                delivered.statusCode());
    }

    @Test
    public void import_intoADatabaseWithData_orFromADamagedFile_importsNothing() throws Exception {
        Place source = place("source");
        EmbeddedHost host = start(source, true);
        host.close();
        hosts.remove(host);
        Path file = folder.getRoot().toPath().resolve("backup.jsonl");
        assertEquals(err("export", file, source), 0, command("export", file, source).exit());

        Map<String, List<List<String>>> sourceRows = dump(source);
        Result intoFull = command("import", file, source);
        assertEquals(1, intoFull.exit());
        assertTrue(intoFull.err(), intoFull.err().contains("already holds Hindsight data"));
        assertEquals("nothing added", sourceRows, dump(source));

        Place empty = place("empty");
        byte[] whole = Files.readAllBytes(file);
        Path cut = folder.getRoot().toPath().resolve("cut.jsonl");
        Files.write(cut, Arrays.copyOf(whole, whole.length * 3 / 5));
        Result fromCut = command("import", cut, empty);
        assertEquals(1, fromCut.exit());
        assertTrue(fromCut.err(), fromCut.err().contains("Nothing was imported"));
        assertEquals("nothing imported from a cut file", 0, rowsIn(dump(empty)));

        Path cutAtLine = folder.getRoot().toPath().resolve("cut-at-line.jsonl");
        String text = new String(whole, StandardCharsets.UTF_8);
        Files.writeString(cutAtLine, text.substring(0, text.lastIndexOf('\n', text.length() - 2) + 1));
        Result fromCutAtLine = command("import", cutAtLine, empty);
        assertEquals(1, fromCutAtLine.exit());
        assertTrue(fromCutAtLine.err(), fromCutAtLine.err().contains("cut short"));
        assertEquals("nothing imported without the last line", 0, rowsIn(dump(empty)));

        Path altered = folder.getRoot().toPath().resolve("altered.jsonl");
        Files.writeString(altered, text.replaceFirst("Checkout", "Ch3ckout"));
        Result fromAltered = command("import", altered, empty);
        assertEquals(1, fromAltered.exit());
        assertTrue(fromAltered.err(), fromAltered.err().contains("checksum"));
        assertEquals("nothing imported from an altered file", 0, rowsIn(dump(empty)));

        assertEquals(err("import", file, empty), 0, command("import", file, empty).exit());
        assertEquals("the intact file still imports", sourceRows, dump(empty));
    }

    // ------------------------------------------------------------------ data

    /**
     * A saved severity policy, a post-mortem (generated, edited), its follow-ups, an ingestion source and a large
     * timeline on OPS-2.
     */
    private String fillWithEverything(URI host) throws Exception {
        String policy = get(host, "/rest/hindsight/1.0/admin/severity-policy", "alex").body();
        HttpResponse<String> saved = http.send(request(host, "/rest/hindsight/1.0/admin/severity-policy", "alex")
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(policy)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(saved.body(), 200, saved.statusCode());
        assertEquals(201, post(host, "/rest/hindsight/1.0/postmortems/OPS-1", "Basic " + basic("sam"), "").statusCode());
        JsonNode page = json.readTree(get(host, "/rest/hindsight/1.0/postmortems/OPS-1", "sam").body());
        HttpResponse<String> edited = http.send(request(host, "/rest/hindsight/1.0/postmortems/OPS-1", "sam")
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                        json.createObjectNode().put("version", page.get("version").asInt())
                                .put("body", page.get("body").asText() + "<p>Edited before the backup.</p>")
                                .toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(edited.body(), 200, edited.statusCode());
        assertEquals(200, post(host, "/rest/hindsight/1.0/postmortems/OPS-1/follow-ups", "Basic " + basic("sam"), "")
                .statusCode());
        HttpResponse<String> source = post(host, "/rest/hindsight/1.0/ingest-sources", "Basic " + basic("alex"),
                "{\"name\": \"backup-am\", \"type\": \"alertmanager\"}");
        assertEquals(source.body(), 201, source.statusCode());
        String token = json.readTree(source.body()).get("secret").asText();
        for (int i = 0; i < LARGE_DELIVERIES; i++) {
            HttpResponse<String> delivered = post(host, "/rest/hindsight/1.0/ingest/backup-am", "Bearer " + token,
                    alerts(ALERTS_PER_DELIVERY, "d" + i));
            assertEquals(delivered.body(), 200, delivered.statusCode());
        }
        return token;
    }

    private static String alerts(int count, String prefix) {
        String startsAt = Instant.now().minusSeconds(120).truncatedTo(ChronoUnit.MILLIS).toString();
        StringBuilder alerts = new StringBuilder();
        for (int i = 0; i < count; i++) {
            alerts.append(i == 0 ? "" : ",").append("{\"status\":\"firing\",\"labels\":{\"alertname\":\"DiskFull\",")
                    .append("\"hindsight_incident\":\"OPS-2\"},\"annotations\":{\"summary\":\"Disk ").append(prefix)
                    .append('-').append(i).append(" full\"},\"startsAt\":\"").append(startsAt)
                    .append("\",\"fingerprint\":\"").append(prefix).append('-').append(i).append("\"}");
        }
        return "{\"version\":\"4\",\"alerts\":[" + alerts + "]}";
    }

    // ------------------------------------------------------------------ databases

    /** A data directory and its database: an H2 file inside it, or a fresh PostgreSQL database. */
    private record Place(Path dataDir, String jdbcUrl, String user, String password, List<String> options) {
    }

    private Place place(String name) throws Exception {
        Path dataDir = folder.newFolder(name).toPath();
        if (database.equals("h2")) {
            HostOptions options = HostOptions.parse("--data", dataDir.toString());
            return new Place(dataDir, options.jdbcUrl(), options.databaseUser(), options.databasePassword(),
                    List.of("--data", dataDir.toString()));
        }
        String databaseName = "backup_" + name + "_" + System.nanoTime();
        try (Connection db = DriverManager.getConnection(EmbeddedPostgresDatabase.jdbcUrl(),
                EmbeddedPostgresDatabase.USER, EmbeddedPostgresDatabase.PASSWORD);
                Statement statement = db.createStatement()) {
            statement.execute("CREATE DATABASE " + databaseName);
        }
        String server = EmbeddedPostgresDatabase.jdbcUrl();
        String url = server.substring(0, server.lastIndexOf('/') + 1) + databaseName;
        return new Place(dataDir, url, EmbeddedPostgresDatabase.USER, EmbeddedPostgresDatabase.PASSWORD,
                List.of("--data", dataDir.toString(), "--db", url + "?user=" + EmbeddedPostgresDatabase.USER
                        + "&password=" + EmbeddedPostgresDatabase.PASSWORD));
    }

    private EmbeddedHost start(Place place, boolean sampleData) throws Exception {
        List<String> args = new ArrayList<>(List.of("--port", "0"));
        args.addAll(place.options());
        if (!sampleData) {
            args.add("--no-sample-data");
        }
        EmbeddedHost host = EmbeddedHost.start(HostOptions.parse(args.toArray(new String[0])));
        hosts.add(host);
        return host;
    }

    /** Every Hindsight table, read independently of the backup code: rows by id, each column as text. */
    private static Map<String, List<List<String>>> dump(Place place) throws SQLException {
        Map<String, List<List<String>>> tables = new TreeMap<>();
        String prefix = EntityManagers.TABLE_PREFIX + "_";
        try (Connection db = DriverManager.getConnection(place.jdbcUrl(), place.user(), place.password())) {
            List<String> names = new ArrayList<>();
            try (ResultSet found = db.getMetaData().getTables(null, db.getSchema(), "AO%", new String[] {"TABLE"})) {
                while (found.next()) {
                    if (found.getString("TABLE_NAME").startsWith(prefix)) {
                        names.add(found.getString("TABLE_NAME"));
                    }
                }
            }
            for (String name : names) {
                List<List<String>> rows = new ArrayList<>();
                try (Statement statement = db.createStatement();
                        ResultSet result = statement.executeQuery("SELECT * FROM \"" + name + "\" ORDER BY \"ID\"")) {
                    ResultSetMetaData columns = result.getMetaData();
                    while (result.next()) {
                        List<String> row = new ArrayList<>();
                        for (int i = 1; i <= columns.getColumnCount(); i++) {
                            row.add(columns.getColumnName(i) + "=" + result.getString(i));
                        }
                        rows.add(row);
                    }
                }
                tables.put(name.substring(prefix.length()), rows);
            }
        }
        return tables;
    }

    private static int rowsIn(Map<String, List<List<String>>> dump) {
        return dump.values().stream().mapToInt(List::size).sum();
    }

    private static List<String> rowLines(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file);
        return lines.subList(1, lines.size() - 1);
    }

    // ------------------------------------------------------------------ the command and HTTP

    private record Result(int exit, String out, String err) {
    }

    private static Result command(String verb, Path file, Place place) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of(verb, file.toString()));
        args.addAll(place.options());
        int exit = BackupCommand.run(args.toArray(new String[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String err(String verb, Path file, Place place) {
        return verb + " " + file + " into " + place.dataDir();
    }

    private JsonNode timeline(URI host, String key) throws Exception {
        HttpResponse<String> response = get(host, "/rest/hindsight/1.0/incidents/" + key
                + "/timeline?includeHidden=true&limit=500", "alex");
        assertEquals(response.body(), 200, response.statusCode());
        return json.readTree(response.body());
    }

    private HttpResponse<String> get(URI host, String path, String user) throws Exception {
        return http.send(request(host, path, user).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(URI host, String path, String authorization, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(host.resolve(path)).header("Authorization", authorization)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(URI host, String path, String user) {
        return HttpRequest.newBuilder(host.resolve(path)).header("Authorization", "Basic " + basic(user));
    }

    private static String basic(String user) {
        return Base64.getEncoder().encodeToString((user + ":hindsight").getBytes(StandardCharsets.UTF_8));
    }
}
