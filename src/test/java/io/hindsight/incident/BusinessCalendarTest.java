package io.hindsight.incident;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.hindsight.platform.InvalidInputException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.Test;

/** Business-day arithmetic across weekends, holidays, daylight-saving changes and local midnight. */
public class BusinessCalendarTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Set<DayOfWeek> SAT_SUN = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    private static final Set<DayOfWeek> FRI_SAT = EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

    @Test
    public void fiveBusinessDays_afterFriday1700_isTheNextFridayAt1700() {
        BusinessCalendar calendar = calendar(BERLIN, SAT_SUN);

        Instant due = calendar.plusBusinessDays(local("2026-06-05T17:00", BERLIN), 5);

        assertEquals(local("2026-06-12T17:00", BERLIN), due);
    }

    @Test
    public void fiveBusinessDays_afterMonday0900_isTheNextMonday() {
        assertEquals(local("2026-06-15T09:00", BERLIN),
                calendar(BERLIN, SAT_SUN).plusBusinessDays(local("2026-06-08T09:00", BERLIN), 5));
    }

    @Test
    public void holidays_areSkippedLikeWeekends() {
        // Whit Monday (25 May 2026) and a Friday off: two more days to count.
        BusinessCalendar calendar = calendar(BERLIN, SAT_SUN, "2026-05-25", "2026-05-29");

        Instant due = calendar.plusBusinessDays(local("2026-05-22T17:00", BERLIN), 5);

        assertEquals(local("2026-06-02T17:00", BERLIN), due);
    }

    @Test
    public void resolutionOnSaturday_countsFromMondayMidnight_givingFiveWholeBusinessDays() {
        Instant due = calendar(BERLIN, SAT_SUN).plusBusinessDays(local("2026-06-06T10:30", BERLIN), 5);

        assertEquals("Monday after next, 00:00: the end of the fifth business day",
                local("2026-06-15T00:00", BERLIN), due);
    }

    @Test
    public void resolutionOnAHoliday_countsFromTheNextBusinessDayAtMidnight() {
        BusinessCalendar calendar = calendar(BERLIN, SAT_SUN, "2026-12-24", "2026-12-25");

        Instant due = calendar.plusBusinessDays(local("2026-12-24T11:00", BERLIN), 1);

        assertEquals(local("2026-12-29T00:00", BERLIN), due);
    }

    @Test
    public void daylightSavingChange_keepsTheLocalTimeOfDay() {
        // Clocks go forward in Berlin on Sunday 29 March 2026: the due instant is one hour less than 7 x 24 h later.
        Instant resolved = local("2026-03-27T17:00", BERLIN);

        Instant due = calendar(BERLIN, SAT_SUN).plusBusinessDays(resolved, 5);

        assertEquals(local("2026-04-03T17:00", BERLIN), due);
        assertEquals(Instant.parse("2026-03-27T16:00:00Z"), resolved);
        assertEquals(Instant.parse("2026-04-03T15:00:00Z"), due);
    }

    @Test
    public void dueTimeInTheSpringGap_movesForwardByTheGap() {
        // Sunday is a business day with a Friday-Saturday weekend; New York skips 02:00-03:00 on Sunday 8 March 2026.
        Instant due = calendar(NEW_YORK, FRI_SAT).plusBusinessDays(local("2026-03-01T02:30", NEW_YORK), 5);

        assertEquals(Instant.parse("2026-03-08T07:30:00Z"), due);
    }

    @Test
    public void dueTimeInTheAutumnOverlap_takesTheEarlierOffset() {
        // New York repeats 01:00-02:00 on Sunday 1 November 2026; 01:30 EDT is 05:30 UTC.
        Instant due = calendar(NEW_YORK, FRI_SAT).plusBusinessDays(local("2026-10-25T01:30", NEW_YORK), 5);

        assertEquals(Instant.parse("2026-11-01T05:30:00Z"), due);
    }

    @Test
    public void resolutionJustBeforeLocalMidnight_countsTheLocalDay() {
        // 23:30 on Sunday in New York is already Monday in UTC; locally it is the weekend.
        Instant sundayNight = local("2026-06-07T23:30", NEW_YORK);
        assertEquals(Instant.parse("2026-06-08T03:30:00Z"), sundayNight);

        Instant due = calendar(NEW_YORK, SAT_SUN).plusBusinessDays(sundayNight, 5);

        assertEquals(local("2026-06-15T00:00", NEW_YORK), due);
    }

    @Test
    public void resolutionJustBeforeLocalMidnightOnFriday_keepsFridayEvenWhereUtcIsAlreadySaturday() {
        Instant fridayNight = local("2026-06-05T23:59", BERLIN);

        assertEquals(local("2026-06-12T23:59", BERLIN), calendar(BERLIN, SAT_SUN).plusBusinessDays(fridayNight, 5));
    }

    @Test
    public void sameUtcInstant_dependsOnTheCalendarsZone() {
        // Friday 15:30 UTC is Friday in UTC but already Saturday 00:30 in Tokyo.
        Instant instant = Instant.parse("2026-06-05T15:30:00Z");

        assertEquals(Instant.parse("2026-06-12T15:30:00Z"), calendar(ZoneId.of("UTC"), SAT_SUN).plusBusinessDays(instant, 5));
        assertEquals(local("2026-06-15T00:00", TOKYO), calendar(TOKYO, SAT_SUN).plusBusinessDays(instant, 5));
    }

    @Test
    public void zeroBusinessDays_onABusinessDay_isTheSameInstant() {
        Instant monday = local("2026-06-08T09:15", BERLIN);

        assertEquals(monday, calendar(BERLIN, SAT_SUN).plusBusinessDays(monday, 0));
    }

    @Test
    public void aWeekWithoutWeekend_countsEveryDay() {
        Instant saturday = local("2026-06-06T10:00", BERLIN);

        assertEquals(local("2026-06-11T10:00", BERLIN), calendar(BERLIN, Set.of()).plusBusinessDays(saturday, 5));
    }

    @Test
    public void aWeekendOfSevenDays_isRefused() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> calendar(BERLIN, EnumSet.allOf(DayOfWeek.class)));

        assertEquals("businessCalendar.weekend", refused.field());
    }

    @Test
    public void tooManyHolidays_areRefused() {
        TreeSet<LocalDate> holidays = new TreeSet<>();
        for (int i = 0; i <= BusinessCalendar.MAX_HOLIDAYS; i++) {
            holidays.add(LocalDate.of(2026, 1, 1).plusDays(i));
        }

        assertThrows(InvalidInputException.class, () -> new BusinessCalendar(BERLIN, SAT_SUN, holidays));
    }

    @Test
    public void holidaysOutsideTheSupportedYears_areRefused() {
        assertThrows(InvalidInputException.class, () -> calendar(BERLIN, SAT_SUN, "1999-12-31"));
        assertThrows(InvalidInputException.class, () -> calendar(BERLIN, SAT_SUN, "2200-01-01"));
    }

    @Test
    public void negativeDays_areAProgrammingError() {
        assertThrows(IllegalArgumentException.class,
                () -> calendar(BERLIN, SAT_SUN).plusBusinessDays(Instant.parse("2026-06-08T09:00:00Z"), -1));
    }

    private static BusinessCalendar calendar(ZoneId zone, Set<DayOfWeek> weekend, String... holidays) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (String holiday : holidays) {
            dates.add(LocalDate.parse(holiday));
        }
        return new BusinessCalendar(zone, weekend, dates);
    }

    private static Instant local(String dateTime, ZoneId zone) {
        return LocalDateTime.parse(dateTime).atZone(zone).toInstant();
    }
}
