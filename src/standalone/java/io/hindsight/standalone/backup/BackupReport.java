package io.hindsight.standalone.backup;

import java.util.Map;

/** What a backup or a restore moved: rows per table (names without the host's prefix) and in all. */
public record BackupReport(Map<String, Long> rowsByTable, long rows) {
}
