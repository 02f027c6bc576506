package io.hindsight.metrics.rest;

import io.hindsight.incident.Severity;
import io.hindsight.platform.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Parses the metrics' query parameters, with a 400 naming each bad one. */
final class MetricsParams {

    private MetricsParams() {
    }

    /** An ISO instant ({@code 2026-06-01T00:00:00Z}) or a UTC date ({@code 2026-06-01}, its midnight). */
    static Instant instant(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "Use a date (2026-06-01) or a UTC instant (2026-06-01T00:00:00Z).");
        }
    }

    static Severity severity(String raw) {
        return raw == null || raw.isBlank() ? null : Severity.fromCode(raw.strip(), "severity");
    }

    static String text(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip();
    }
}
