package io.hindsight.incident.rest;

import io.hindsight.incident.BusinessCalendar;
import io.hindsight.incident.ClockSettings;
import io.hindsight.incident.DeadlineClock;
import io.hindsight.incident.PostmortemDue;
import io.hindsight.incident.PostmortemRequirement;
import io.hindsight.incident.ResponsePolicy;
import io.hindsight.incident.Severity;
import io.hindsight.incident.SeverityPolicy;
import io.hindsight.incident.StoredResponsePolicy;
import io.hindsight.platform.InvalidInputException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The response policy on the wire, read and written whole: each level by severity code, the business calendar, and
 * each deadline clock by its code. Durations are ISO-8601 ({@code PT15M}, {@code PT48H}), dates ISO ({@code 2026-12-25}),
 * weekend days lower-case English names. In a PUT, {@code revision} is the revision the edit is based on, and
 * {@code changedBy} and {@code changedAt} are ignored: the server sets them.
 */
public record SeverityPolicyDto(
        int revision,
        String changedBy,
        Instant changedAt,
        Map<String, LevelDto> levels,
        CalendarDto businessCalendar,
        Map<String, ClockDto> clocks) {

    public static SeverityPolicyDto from(StoredResponsePolicy stored) {
        ResponsePolicy policy = stored.policy();
        Map<String, LevelDto> levels = new LinkedHashMap<>();
        policy.levels().forEach((severity, level) -> levels.put(severity.code(), LevelDto.from(level)));
        Map<String, ClockDto> clocks = new LinkedHashMap<>();
        policy.clocks().forEach((clock, settings) -> clocks.put(clock.code(),
                new ClockDto(settings.dueSoon().toString(), settings.alsoNotify())));
        return new SeverityPolicyDto(stored.revision(), stored.changedBy(), stored.changedAt(), levels,
                CalendarDto.from(policy.calendar()), clocks);
    }

    /** The policy this body describes; a 400 naming the field, such as {@code levels.SEV-1.executiveNotification}. */
    public ResponsePolicy toPolicy() {
        if (levels == null || businessCalendar == null || clocks == null) {
            throw new InvalidInputException(null, "Send the whole policy: levels, businessCalendar and clocks.");
        }
        Map<Severity, SeverityPolicy> parsedLevels = new EnumMap<>(Severity.class);
        levels.forEach((code, level) -> parsedLevels.put(Severity.fromCode(code, "levels"),
                within("levels." + code, () -> required(level).toLevel())));
        Map<DeadlineClock, ClockSettings> parsedClocks = new EnumMap<>(DeadlineClock.class);
        clocks.forEach((code, clock) -> parsedClocks.put(DeadlineClock.fromCode(code, "clocks"),
                within("clocks." + code, () -> required(clock).toSettings())));
        return new ResponsePolicy(parsedLevels, businessCalendar.toCalendar(), parsedClocks);
    }

    /**
     * One level's requirements.
     *
     * @param executiveNotification e.g. {@code PT15M}; {@code null} when this level does not notify executives
     * @param postmortem            {@code required}, {@code optional} or {@code none}
     * @param postmortemDue         when a required post-mortem is due; {@code null} otherwise
     */
    public record LevelDto(String executiveNotification, String postmortem, DueDto postmortemDue) {

        static LevelDto from(SeverityPolicy level) {
            return new LevelDto(level.executiveNotificationWithin().map(Duration::toString).orElse(null),
                    level.postmortem().code(), DueDto.from(level.postmortemDue()));
        }

        SeverityPolicy toLevel() {
            Duration executive = executiveNotification == null ? null
                    : duration("executiveNotification", executiveNotification);
            PostmortemRequirement requirement = PostmortemRequirement.fromCode(postmortem, "postmortem");
            PostmortemDue due = postmortemDue == null ? null : within("postmortemDue", postmortemDue::toDue);
            return new SeverityPolicy(executive, requirement, due);
        }
    }

    /** A post-mortem deadline: exactly one of {@code elapsed} (e.g. {@code PT48H}) and {@code businessDays}. */
    public record DueDto(String elapsed, Integer businessDays) {

        static DueDto from(PostmortemDue due) {
            if (due instanceof PostmortemDue.Elapsed value) {
                return new DueDto(value.span().toString(), null);
            }
            if (due instanceof PostmortemDue.BusinessDays value) {
                return new DueDto(null, value.days());
            }
            return null;
        }

        PostmortemDue toDue() {
            if ((elapsed == null) == (businessDays == null)) {
                throw new InvalidInputException(null, "Give either elapsed or businessDays.");
            }
            try {
                return elapsed != null ? new PostmortemDue.Elapsed(duration("elapsed", elapsed))
                        : new PostmortemDue.BusinessDays(businessDays);
            } catch (InvalidInputException outOfRange) {
                // The domain names its own field; here the wire field is the one the client can fix.
                throw new InvalidInputException(elapsed != null ? "elapsed" : "businessDays", outOfRange.getMessage());
            }
        }
    }

    /** The business calendar: an IANA time zone, the weekend days, and the holidays; 400s name the full field. */
    public record CalendarDto(String timeZone, List<String> weekend, List<String> holidays) {

        static CalendarDto from(BusinessCalendar calendar) {
            return new CalendarDto(calendar.zone().getId(),
                    calendar.weekend().stream().sorted().map(day -> day.name().toLowerCase(Locale.ROOT)).toList(),
                    calendar.holidays().stream().map(LocalDate::toString).toList());
        }

        BusinessCalendar toCalendar() {
            ZoneId zone;
            try {
                zone = timeZone == null ? null : ZoneId.of(timeZone);
            } catch (DateTimeException unknown) {
                throw new InvalidInputException("businessCalendar.timeZone", "Use an IANA time zone such as Europe/Berlin.");
            }
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (String day : weekend == null ? List.<String>of() : weekend) {
                days.add(dayOf(day));
            }
            TreeSet<LocalDate> dates = new TreeSet<>();
            for (String date : holidays == null ? List.<String>of() : holidays) {
                dates.add(dateOf(date));
            }
            return new BusinessCalendar(zone, days, dates);
        }

        private static DayOfWeek dayOf(String day) {
            try {
                return DayOfWeek.valueOf(String.valueOf(day).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                throw new InvalidInputException("businessCalendar.weekend", "Weekend days are monday to sunday.");
            }
        }

        private static LocalDate dateOf(String date) {
            try {
                return LocalDate.parse(String.valueOf(date));
            } catch (DateTimeException malformed) {
                throw new InvalidInputException("businessCalendar.holidays", "Holidays are ISO dates such as 2026-12-25.");
            }
        }
    }

    /** One clock's settings: the due-soon window (e.g. {@code PT24H}) and whom to notify besides the commander. */
    public record ClockDto(String dueSoon, List<String> alsoNotify) {

        ClockSettings toSettings() {
            return new ClockSettings(dueSoon == null ? null : duration("dueSoon", dueSoon), alsoNotify);
        }
    }

    private static Duration duration(String field, String iso) {
        try {
            return Duration.parse(iso);
        } catch (DateTimeException malformed) {
            throw new InvalidInputException(field, "Durations are ISO-8601, such as PT15M or PT48H.");
        }
    }

    private static <T> T required(T value) {
        if (value == null) {
            throw new InvalidInputException(null, "This entry cannot be null.");
        }
        return value;
    }

    /** Runs {@code parse}, prefixing the field of a 400 with {@code prefix}, so the field names the whole path. */
    private static <T> T within(String prefix, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidInputException invalid) {
            String field = invalid.field() == null ? prefix : prefix + "." + invalid.field();
            throw new InvalidInputException(field, invalid.getMessage());
        }
    }
}
