package io.hindsight.ingest;

import io.hindsight.platform.InvalidInputException;
import io.hindsight.timeline.TimelineSource;
import java.util.Arrays;
import java.util.Locale;

/**
 * The kinds of sender Hindsight understands, each with its payload adapter and the way its deliveries prove who
 * sent them. Stored by {@link #code()}, so constants may be added but never renamed.
 */
public enum SourceType {
    ALERTMANAGER(false),
    GRAFANA(false),
    PAGERDUTY(true),
    DEPLOY(false),
    GENERIC(false);

    private final boolean signed;

    SourceType(boolean signed) {
        this.signed = signed;
    }

    /** The stored and wire form, e.g. {@code alertmanager}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * True when deliveries carry an HMAC signature over the body (PagerDuty) rather than a token: Hindsight then
     * needs the secret itself, and keeps it encrypted instead of hashed.
     */
    public boolean signed() {
        return signed;
    }

    /**
     * The timeline source of what this sender delivers. Vendor types share one code, so the same alert delivered
     * through two configured sources (two Alertmanager replicas, say) is still stored once; a generic source is
     * its own vocabulary and goes by its name.
     */
    public TimelineSource timelineSource(String sourceName) {
        return new TimelineSource(this == GENERIC ? sourceName : code());
    }

    public static SourceType fromCode(String code, String field) {
        return Arrays.stream(values()).filter(type -> type.code().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "The type is one of "
                        + Arrays.stream(values()).map(SourceType::code).toList() + "."));
    }
}
