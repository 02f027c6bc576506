package io.hindsight.standalone.users;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;

/**
 * The embedded host's users, kept in {@code users.properties} in the data directory (password hashes only).
 * The first start writes the demo users that README lists.
 */
public final class LocalUsers {

    public static final String DEMO_PASSWORD = "hindsight";

    private final Map<String, LocalUser> byUsername;
    private final Map<String, String> passwordHashes;

    private LocalUsers(Map<String, LocalUser> byUsername, Map<String, String> passwordHashes) {
        this.byUsername = Map.copyOf(byUsername);
        this.passwordHashes = Map.copyOf(passwordHashes);
    }

    /** Loads the users file, writing the demo users first when there is none. */
    public static LocalUsers loadOrCreate(Path file) throws IOException {
        if (!Files.exists(file)) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            writeDemoUsers(file);
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, LocalUser> users = new LinkedHashMap<>();
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String username : usernames(properties)) {
            users.put(username, parse(username, properties));
            hashes.put(username, required(properties, username, "password"));
        }
        return new LocalUsers(users, hashes);
    }

    /** The user whose name and password match, or empty; every failure looks the same to the caller. */
    public Optional<LocalUser> authenticate(String username, char[] password) {
        String hash = passwordHashes.get(username);
        if (hash == null || !PasswordHash.matches(password, hash)) {
            return Optional.empty();
        }
        return Optional.of(byUsername.get(username));
    }

    public Optional<LocalUser> byKey(String key) {
        return byUsername.values().stream().filter(user -> user.key().equals(key)).findFirst();
    }

    public Collection<LocalUser> all() {
        return byUsername.values();
    }

    private static TreeSet<String> usernames(Properties properties) {
        TreeSet<String> names = new TreeSet<>();
        for (String name : properties.stringPropertyNames()) {
            names.add(name.substring(0, name.indexOf('.')));
        }
        return names;
    }

    private static LocalUser parse(String username, Properties properties) {
        Map<String, LocalUser.ProjectAccess> projects = new LinkedHashMap<>();
        String list = properties.getProperty(username + ".projects", "").strip();
        for (String entry : list.isEmpty() ? new String[0] : list.split(",")) {
            String[] parts = entry.strip().split(":");
            if (parts.length != 2) {
                throw new IllegalArgumentException("users file: " + username + ".projects entries look like OPS:edit");
            }
            projects.put(parts[0], LocalUser.ProjectAccess.valueOf(parts[1].toUpperCase(java.util.Locale.ROOT)));
        }
        return new LocalUser(required(properties, username, "key"), username,
                properties.getProperty(username + ".name", username),
                Boolean.parseBoolean(properties.getProperty(username + ".admin", "false")), projects);
    }

    private static String required(Properties properties, String username, String field) {
        String value = properties.getProperty(username + "." + field);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("users file: " + username + "." + field + " is missing");
        }
        return value.strip();
    }

    private static void writeDemoUsers(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# Users of the Hindsight embedded host. Passwords are PBKDF2 hashes; the demo password of every\n");
            out.write("# user below is '" + DEMO_PASSWORD + "'. projects: KEY:view or KEY:edit, comma-separated.\n");
            demoUser(out, "alex", "u1001", "Alex Morgan", true, "");
            demoUser(out, "sam", "u1002", "Sam Rivera", false, "OPS:edit");
            demoUser(out, "vic", "u1003", "Vic Chen", false, "OPS:view");
            demoUser(out, "olga", "u1004", "Olga Novak", false, "SEC:edit");
        }
    }

    private static void demoUser(Writer out, String username, String key, String name, boolean admin, String projects)
            throws IOException {
        out.write("\n" + username + ".key=" + key + "\n");
        out.write(username + ".name=" + name + "\n");
        out.write(username + ".admin=" + admin + "\n");
        out.write(username + ".projects=" + projects + "\n");
        out.write(username + ".password=" + PasswordHash.hash(DEMO_PASSWORD.toCharArray()) + "\n");
    }
}
