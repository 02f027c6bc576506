package io.hindsight.incident;

import io.hindsight.platform.InvalidInputException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The working days that business-day deadlines count: a time zone, the weekend days and a list of holidays.
 *
 * <p>Counting keeps the local time of day: five business days after Friday 17:00 is the next Friday at 17:00 in
 * the calendar's zone, whatever daylight-saving change lies between. An instant on a weekend or holiday starts
 * counting at 00:00 of the next business day, so the team still gets whole business days.
 */
public record BusinessCalendar(ZoneId zone, Set<DayOfWeek> weekend, SortedSet<LocalDate> holidays) {

    public static final int MAX_HOLIDAYS = 1_000;
    static final LocalDate EARLIEST_HOLIDAY = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST_HOLIDAY = LocalDate.of(2199, 12, 31);

    public BusinessCalendar {
        if (zone == null) {
            throw new InvalidInputException("businessCalendar.timeZone", "The business calendar needs a time zone.");
        }
        weekend = weekend == null || weekend.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(weekend));
        if (weekend.size() == DayOfWeek.values().length) {
            throw new InvalidInputException("businessCalendar.weekend", "A week needs at least one business day.");
        }
        holidays = Collections.unmodifiableSortedSet(new TreeSet<>(holidays == null ? Set.of() : holidays));
        if (holidays.size() > MAX_HOLIDAYS) {
            throw new InvalidInputException("businessCalendar.holidays",
                    "Keep the holiday list to " + MAX_HOLIDAYS + " dates at most.");
        }
        if (!holidays.isEmpty() && (holidays.first().isBefore(EARLIEST_HOLIDAY) || holidays.last().isAfter(LATEST_HOLIDAY))) {
            throw new InvalidInputException("businessCalendar.holidays",
                    "Holidays lie between " + EARLIEST_HOLIDAY + " and " + LATEST_HOLIDAY + ".");
        }
    }

    /** Saturday and Sunday off, no holidays, in UTC: what a site has until an admin says otherwise. */
    public static BusinessCalendar defaults() {
        return new BusinessCalendar(ZoneId.of("UTC"), EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), new TreeSet<>());
    }

    public boolean isBusinessDay(LocalDate date) {
        return !weekend.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    /**
     * The instant {@code days} business days after {@code start}, at the same local time of day. When that local
     * time does not exist on the due day (the clocks spring forward), it moves forward by the gap; when it exists
     * twice (they fall back), the earlier one counts.
     */
    public Instant plusBusinessDays(Instant start, int days) {
        Objects.requireNonNull(start, "start");
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDateTime local = LocalDateTime.ofInstant(start, zone);
        LocalDate date = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        if (!isBusinessDay(date)) {
            date = nextBusinessDay(date);
            time = LocalTime.MIDNIGHT;
        }
        for (int counted = 0; counted < days; counted++) {
            date = nextBusinessDay(date);
        }
        return ZonedDateTime.ofLocal(LocalDateTime.of(date, time), zone, null).toInstant();
    }

    // Terminates: at least one weekday is a business day and the holidays are finite.
    private LocalDate nextBusinessDay(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (!isBusinessDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }
}
