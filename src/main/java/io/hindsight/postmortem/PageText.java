package io.hindsight.postmortem;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the page writes instants (always UTC) and durations. */
final class PageText {

    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private PageText() {
    }

    /** {@code 2026-03-14 09:12:03} — for table cells whose header says UTC. */
    static String utcSeconds(Instant instant) {
        return SECONDS.format(instant);
    }

    /** {@code 2026-03-14 09:12 UTC} — for prose. */
    static String utcMinutes(Instant instant) {
        return MINUTES.format(instant) + " UTC";
    }

    /** {@code 09:12:03} */
    static String clock(Instant instant) {
        return CLOCK.format(instant);
    }

    /** {@code 45 s}, {@code 4 min 12 s}, {@code 1 h 35 min}, {@code 2 d 3 h}: two units at most. */
    static String duration(Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return join(seconds / 60, "min", seconds % 60, "s");
        }
        if (seconds < 86_400) {
            return join(seconds / 3600, "h", seconds % 3600 / 60, "min");
        }
        return join(seconds / 86_400, "d", seconds % 86_400 / 3600, "h");
    }

    private static String join(long major, String majorUnit, long minor, String minorUnit) {
        return minor == 0 ? major + " " + majorUnit : major + " " + majorUnit + " " + minor + " " + minorUnit;
    }
}
