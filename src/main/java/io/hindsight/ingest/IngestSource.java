package io.hindsight.ingest;

import io.hindsight.platform.InvalidInputException;
import io.hindsight.timeline.TimelineSource;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A configured sender: its name (the last segment of its webhook URL), its type, and its settings. Its secrets
 * are kept apart and never part of this record.
 */
public record IngestSource(long id, String name, SourceType type, IngestSettings settings, Instant createdAt,
        String createdBy) {

    /** The same rule as a timeline source code, since a generic source's name becomes one. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,31}");

    public IngestSource {
        requireValidName(name);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(createdAt, "createdAt");
        if (type == SourceType.GENERIC && settings.mapping() == null) {
            throw new InvalidInputException("mapping", "A generic source needs a mapping.");
        }
    }

    public static String requireValidName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidInputException("name",
                    "A source name is 1 to 32 lower-case letters, digits, dots, dashes or underscores, e.g. alertmanager-prod.");
        }
        return name;
    }

    public TimelineSource timelineSource() {
        return type.timelineSource(name);
    }
}
