package io.hindsight.standalone.backup;

/**
 * The backup file: UTF-8 JSON lines. The first line is the header ({@code format}, {@code version}, the time it
 * was written, and each table with its columns); then one line per row, {@code {"table": …, "row": {column: value}}},
 * tables in foreign-key order; the last line is the trailer, {@code {"end": true, "rows": n, "sha256": …}}, where the
 * hash covers every byte before it. A file without its trailer, or whose trailer disagrees, is refused whole.
 *
 * <p>Values: numbers and booleans as JSON, text as strings, timestamps as ISO local date-times (the databases store
 * them without a zone, in UTC), {@code null} as null. Secrets are stored sealed in the database and stay sealed in
 * the file; the key that opens them is kept outside the database and is not part of a backup.
 */
public final class BackupFormat {

    public static final String FORMAT = "hindsight-backup";
    /** Raised when the layout changes; an importer refuses versions newer than it knows. */
    public static final int VERSION = 1;
    public static final String MEDIA_TYPE = "application/x-ndjson";

    private BackupFormat() {
    }
}
