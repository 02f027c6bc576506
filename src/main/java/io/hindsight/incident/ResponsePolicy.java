package io.hindsight.incident;

import io.hindsight.platform.InvalidInputException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The site's incident-response policy as data: a {@link SeverityPolicy} for each of the four levels, the business
 * calendar that business-day deadlines count in, and the settings of each deadline clock.
 */
public record ResponsePolicy(Map<Severity, SeverityPolicy> levels, BusinessCalendar calendar,
        Map<DeadlineClock, ClockSettings> clocks) {

    public ResponsePolicy {
        levels = complete(levels, Severity.class, "levels", "severity level");
        clocks = complete(clocks, DeadlineClock.class, "clocks", "deadline clock");
        if (calendar == null) {
            throw new InvalidInputException("businessCalendar", "The policy needs a business calendar.");
        }
    }

    /**
     * PRODUCT.md's defaults: SEV-1 notifies executives within 15 minutes and needs a post-mortem within 48 hours
     * of resolution; SEV-2 within 5 business days; SEV-3 may have a light review; SEV-4 has none.
     */
    public static ResponsePolicy defaults() {
        Map<Severity, SeverityPolicy> levels = new EnumMap<>(Severity.class);
        levels.put(Severity.SEV_1, new SeverityPolicy(Duration.ofMinutes(15), PostmortemRequirement.REQUIRED,
                new PostmortemDue.Elapsed(Duration.ofHours(48))));
        levels.put(Severity.SEV_2, new SeverityPolicy(null, PostmortemRequirement.REQUIRED,
                new PostmortemDue.BusinessDays(5)));
        levels.put(Severity.SEV_3, new SeverityPolicy(null, PostmortemRequirement.OPTIONAL, null));
        levels.put(Severity.SEV_4, new SeverityPolicy(null, PostmortemRequirement.NONE, null));
        Map<DeadlineClock, ClockSettings> clocks = new EnumMap<>(DeadlineClock.class);
        clocks.put(DeadlineClock.EXECUTIVE_NOTIFICATION, new ClockSettings(Duration.ofMinutes(5), List.of()));
        clocks.put(DeadlineClock.POSTMORTEM, new ClockSettings(Duration.ofHours(24), List.of()));
        clocks.put(DeadlineClock.PERSONAL_DATA_BREACH, new ClockSettings(Duration.ofHours(24), List.of()));
        return new ResponsePolicy(levels, new BusinessCalendar(ZoneId.of("UTC"),
                EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), new TreeSet<>()), clocks);
    }

    public SeverityPolicy of(Severity severity) {
        return levels.get(severity);
    }

    public ClockSettings of(DeadlineClock clock) {
        return clocks.get(clock);
    }

    private static <K extends Enum<K>, V> Map<K, V> complete(Map<K, V> given, Class<K> keys, String field,
            String what) {
        if (given == null || !given.keySet().containsAll(EnumSet.allOf(keys)) || given.containsValue(null)) {
            throw new InvalidInputException(field, "The policy needs an entry for every " + what + ".");
        }
        return Collections.unmodifiableMap(new EnumMap<>(given));
    }
}
