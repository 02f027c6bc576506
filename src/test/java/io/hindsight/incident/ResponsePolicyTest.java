package io.hindsight.incident;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.hindsight.platform.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.Test;

/** The response policy as data: every level's defaults from PRODUCT.md, and every rule an edit must keep. */
public class ResponsePolicyTest {

    /** Friday 17:00 UTC: the default calendar is UTC with Saturday and Sunday off. */
    private static final Instant FRIDAY_1700 = Instant.parse("2026-06-05T17:00:00Z");

    /** What PRODUCT.md's severity table says, level by level: executive notification, post-mortem, its due instant. */
    private static final Map<Severity, Object[]> EXPECTED_DEFAULTS = Map.of(
            Severity.SEV_1, new Object[] {Duration.ofMinutes(15), PostmortemRequirement.REQUIRED,
                    Instant.parse("2026-06-07T17:00:00Z")},
            Severity.SEV_2, new Object[] {null, PostmortemRequirement.REQUIRED, Instant.parse("2026-06-12T17:00:00Z")},
            Severity.SEV_3, new Object[] {null, PostmortemRequirement.OPTIONAL, null},
            Severity.SEV_4, new Object[] {null, PostmortemRequirement.NONE, null});

    @Test
    public void defaults_matchTheProductSeverityTableForEveryLevel() {
        ResponsePolicy policy = ResponsePolicy.defaults();

        for (Severity severity : Severity.values()) {
            Object[] expected = EXPECTED_DEFAULTS.get(severity);
            SeverityPolicy level = policy.of(severity);
            assertEquals(severity + " executive notification", Optional.ofNullable(expected[0]),
                    level.executiveNotificationWithin());
            assertEquals(severity + " post-mortem", expected[1], level.postmortem());
            assertEquals(severity + " post-mortem due", Optional.ofNullable(expected[2]),
                    level.postmortemDueAfter(FRIDAY_1700, policy.calendar()));
        }
    }

    @Test
    public void defaults_requirePostmortemsForSev1AndSev2Only() {
        ResponsePolicy policy = ResponsePolicy.defaults();

        assertTrue(policy.of(Severity.SEV_1).requiresPostmortem());
        assertTrue(policy.of(Severity.SEV_2).requiresPostmortem());
        assertFalse(policy.of(Severity.SEV_3).requiresPostmortem());
        assertFalse(policy.of(Severity.SEV_4).requiresPostmortem());
    }

    @Test
    public void defaults_haveAClockSettingForEveryClock() {
        ResponsePolicy policy = ResponsePolicy.defaults();

        assertEquals(Duration.ofMinutes(5), policy.of(DeadlineClock.EXECUTIVE_NOTIFICATION).dueSoon());
        assertEquals(Duration.ofHours(24), policy.of(DeadlineClock.POSTMORTEM).dueSoon());
        assertEquals(Duration.ofHours(24), policy.of(DeadlineClock.PERSONAL_DATA_BREACH).dueSoon());
        for (DeadlineClock clock : DeadlineClock.values()) {
            assertEquals(List.of(), policy.of(clock).alsoNotify());
        }
    }

    @Test
    public void sev1Default_isDue48ElapsedHoursAfterResolutionEvenOverAWeekend() {
        Instant due = ResponsePolicy.defaults().of(Severity.SEV_1)
                .postmortemDueAfter(FRIDAY_1700, ResponsePolicy.defaults().calendar()).orElseThrow();

        assertEquals(Duration.ofHours(48), Duration.between(FRIDAY_1700, due));
    }

    @Test
    public void negativeOrZeroExecutiveNotification_isRefused() {
        assertThrows(InvalidInputException.class, () -> new SeverityPolicy(Duration.ofMinutes(-15),
                PostmortemRequirement.NONE, null));
        assertThrows(InvalidInputException.class, () -> new SeverityPolicy(Duration.ZERO,
                PostmortemRequirement.NONE, null));
        assertThrows(InvalidInputException.class, () -> new SeverityPolicy(Duration.ofDays(8),
                PostmortemRequirement.NONE, null));
    }

    @Test
    public void negativeOrZeroPostmortemDeadline_isRefused() {
        assertThrows(InvalidInputException.class, () -> new PostmortemDue.Elapsed(Duration.ofHours(-48)));
        assertThrows(InvalidInputException.class, () -> new PostmortemDue.Elapsed(Duration.ZERO));
        assertThrows(InvalidInputException.class, () -> new PostmortemDue.Elapsed(Duration.ofDays(91)));
        assertThrows(InvalidInputException.class, () -> new PostmortemDue.BusinessDays(-5));
        assertThrows(InvalidInputException.class, () -> new PostmortemDue.BusinessDays(0));
        assertThrows(InvalidInputException.class, () -> new PostmortemDue.BusinessDays(61));
    }

    @Test
    public void requiredPostmortem_needsADeadline_andOnlyARequiredOneHasOne() {
        assertEquals("postmortemDue", assertThrows(InvalidInputException.class,
                () -> new SeverityPolicy(null, PostmortemRequirement.REQUIRED, null)).field());
        assertThrows(InvalidInputException.class, () -> new SeverityPolicy(null, PostmortemRequirement.OPTIONAL,
                new PostmortemDue.BusinessDays(10)));
        assertThrows(InvalidInputException.class, () -> new SeverityPolicy(null, PostmortemRequirement.NONE,
                new PostmortemDue.Elapsed(Duration.ofHours(1))));
    }

    @Test
    public void negativeDueSoonWindow_isRefused_andZeroIsAllowed() {
        assertThrows(InvalidInputException.class, () -> new ClockSettings(Duration.ofMinutes(-1), List.of()));
        assertThrows(InvalidInputException.class, () -> new ClockSettings(Duration.ofDays(31), List.of()));

        assertEquals(Duration.ZERO, new ClockSettings(Duration.ZERO, List.of()).dueSoon());
    }

    @Test
    public void alsoNotify_refusesMalformedUserKeysAndTooManyAndDropsRepeats() {
        assertThrows(InvalidInputException.class, () -> new ClockSettings(Duration.ZERO, List.of(" u1")));
        assertThrows(InvalidInputException.class, () -> new ClockSettings(Duration.ZERO, List.of("a\nb")));
        assertThrows(InvalidInputException.class, () -> new ClockSettings(Duration.ZERO, List.of("")));
        assertThrows(InvalidInputException.class, () -> new ClockSettings(Duration.ZERO,
                IntStream.range(0, 21).mapToObj(i -> "u" + i).toList()));

        assertEquals(List.of("u1", "u2"), new ClockSettings(Duration.ZERO, List.of("u1", "u2", "u1")).alsoNotify());
    }

    @Test
    public void policyWithoutEveryLevelOrClock_isRefused() {
        ResponsePolicy defaults = ResponsePolicy.defaults();
        Map<Severity, SeverityPolicy> threeLevels = new EnumMap<>(defaults.levels());
        threeLevels.remove(Severity.SEV_4);
        Map<DeadlineClock, ClockSettings> twoClocks = new EnumMap<>(defaults.clocks());
        twoClocks.remove(DeadlineClock.POSTMORTEM);

        assertEquals("levels", assertThrows(InvalidInputException.class,
                () -> new ResponsePolicy(threeLevels, defaults.calendar(), defaults.clocks())).field());
        assertEquals("clocks", assertThrows(InvalidInputException.class,
                () -> new ResponsePolicy(defaults.levels(), defaults.calendar(), twoClocks)).field());
        assertThrows(InvalidInputException.class, () -> new ResponsePolicy(defaults.levels(), null, defaults.clocks()));
    }

    @Test
    public void editedLevel_changesOnlyThatLevel() {
        ResponsePolicy defaults = ResponsePolicy.defaults();
        Map<Severity, SeverityPolicy> levels = new EnumMap<>(defaults.levels());
        levels.put(Severity.SEV_3, new SeverityPolicy(Duration.ofHours(1), PostmortemRequirement.REQUIRED,
                new PostmortemDue.BusinessDays(10)));

        ResponsePolicy edited = new ResponsePolicy(levels, defaults.calendar(), defaults.clocks());

        assertTrue(edited.of(Severity.SEV_3).requiresPostmortem());
        assertEquals(Optional.of(Duration.ofHours(1)), edited.of(Severity.SEV_3).executiveNotificationWithin());
        assertEquals(defaults.of(Severity.SEV_1), edited.of(Severity.SEV_1));
    }

    @Test
    public void levelsMap_isACopyTheCallerCannotChange() {
        Map<Severity, SeverityPolicy> levels = new EnumMap<>(ResponsePolicy.defaults().levels());
        ResponsePolicy policy = new ResponsePolicy(levels, BusinessCalendar.defaults(), ResponsePolicy.defaults().clocks());

        levels.remove(Severity.SEV_1);

        assertEquals(4, policy.levels().size());
        assertThrows(UnsupportedOperationException.class, () -> policy.levels().clear());
    }
}
