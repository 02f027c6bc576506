package io.hindsight.timeline;

import io.hindsight.platform.InvalidInputException;
import java.util.regex.Pattern;

/**
 * Where a timeline entry came from: {@code jira}, {@code manual}, {@code alertmanager}, {@code pagerduty}, or an
 * admin-named generic source. A short slug, so it can be indexed and used in idempotency keys.
 */
public record TimelineSource(String code) {

    // Declared before the constants below: static fields initialise in order, and the constructor needs it.
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9._-]{0,31}");

    public static final TimelineSource JIRA = new TimelineSource("jira");
    public static final TimelineSource MANUAL = new TimelineSource("manual");
    public static final TimelineSource HINDSIGHT = new TimelineSource("hindsight");

    public TimelineSource {
        if (code == null || !SLUG.matcher(code).matches()) {
            throw new InvalidInputException("source",
                    "A source is 1 to 32 lower-case letters, digits, dots, dashes or underscores.");
        }
    }

    @Override
    public String toString() {
        return code;
    }
}
