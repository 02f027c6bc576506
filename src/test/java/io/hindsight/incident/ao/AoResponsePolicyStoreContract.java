package io.hindsight.incident.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.hindsight.incident.BusinessCalendar;
import io.hindsight.incident.ClockSettings;
import io.hindsight.incident.DeadlineClock;
import io.hindsight.incident.PostmortemDue;
import io.hindsight.incident.PostmortemRequirement;
import io.hindsight.incident.ResponsePolicy;
import io.hindsight.incident.ResponsePolicyChangedException;
import io.hindsight.incident.Severity;
import io.hindsight.incident.SeverityPolicy;
import io.hindsight.incident.StoredResponsePolicy;
import io.hindsight.standalone.ao.EntityManagerActiveObjects;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * The behaviour of {@link AoResponsePolicyStore} on a real database; each subclass names one with {@code @Jdbc}. The
 * policy is site-wide, so the one test that commits removes its revisions before and after.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(IncidentDatabaseUpdater.class)
public abstract class AoResponsePolicyStoreContract {

    private static final Instant AT = Instant.parse("2026-06-01T10:00:00.250Z");

    private EntityManager entityManager;
    private AoResponsePolicyStore store;

    @Before
    public void createStore() {
        store = new AoResponsePolicyStore(new EntityManagerActiveObjects(entityManager));
    }

    @Test
    public void current_isEmptyUntilTheFirstSave() {
        assertTrue(store.current().isEmpty());
    }

    @Test
    public void save_roundTripsEveryPartOfAnEditedPolicy() {
        ResponsePolicy edited = edited();

        StoredResponsePolicy saved = store.save(edited, 0, "u-admin", AT);

        assertEquals(new StoredResponsePolicy(1, edited, "u-admin", AT), saved);
        assertEquals(saved, store.current().orElseThrow());
    }

    @Test
    public void save_roundTripsTheDefaults() {
        store.save(ResponsePolicy.defaults(), 0, "u-admin", AT);

        assertEquals(ResponsePolicy.defaults(), store.current().orElseThrow().policy());
    }

    @Test
    public void theNewestRevision_isTheOneInForce() {
        store.save(ResponsePolicy.defaults(), 0, "u-admin", AT);
        store.save(edited(), 1, "u-other-admin", AT.plusSeconds(60));

        StoredResponsePolicy current = store.current().orElseThrow();

        assertEquals(2, current.revision());
        assertEquals("u-other-admin", current.changedBy());
        assertEquals(edited(), current.policy());
    }

    @Test
    @NonTransactional
    public void save_basedOnARevisionSomeoneElseAlreadyEdited_isRefusedAndChangesNothing() throws Exception {
        removeAllRevisions();
        try {
            store.save(ResponsePolicy.defaults(), 0, "u-first", AT);

            assertThrows(ResponsePolicyChangedException.class, () -> store.save(edited(), 0, "u-second", AT));

            StoredResponsePolicy current = store.current().orElseThrow();
            assertEquals(1, current.revision());
            assertEquals("u-first", current.changedBy());
            assertEquals(ResponsePolicy.defaults(), current.policy());
        } finally {
            removeAllRevisions();
        }
    }

    private void removeAllRevisions() throws Exception {
        entityManager.deleteWithSQL(PolicyLevelAo.class, PolicyLevelAo.REVISION + " > ?", 0);
        entityManager.deleteWithSQL(PolicyClockAo.class, PolicyClockAo.REVISION + " > ?", 0);
        entityManager.deleteWithSQL(PolicyRevisionAo.class, PolicyRevisionAo.REVISION + " > ?", 0);
    }

    /** Every setting away from its default: zone, weekend, holidays, recipients, both kinds of due. */
    private static ResponsePolicy edited() {
        Map<Severity, SeverityPolicy> levels = new EnumMap<>(Severity.class);
        levels.put(Severity.SEV_1, new SeverityPolicy(Duration.ofMinutes(10), PostmortemRequirement.REQUIRED,
                new PostmortemDue.Elapsed(Duration.ofHours(36))));
        levels.put(Severity.SEV_2, new SeverityPolicy(Duration.ofHours(1), PostmortemRequirement.REQUIRED,
                new PostmortemDue.BusinessDays(3)));
        levels.put(Severity.SEV_3, new SeverityPolicy(null, PostmortemRequirement.REQUIRED,
                new PostmortemDue.BusinessDays(10)));
        levels.put(Severity.SEV_4, new SeverityPolicy(null, PostmortemRequirement.OPTIONAL, null));
        Map<DeadlineClock, ClockSettings> clocks = new EnumMap<>(DeadlineClock.class);
        clocks.put(DeadlineClock.EXECUTIVE_NOTIFICATION, new ClockSettings(Duration.ofMinutes(3), List.of("u-cto")));
        clocks.put(DeadlineClock.POSTMORTEM, new ClockSettings(Duration.ZERO, List.of()));
        clocks.put(DeadlineClock.PERSONAL_DATA_BREACH, new ClockSettings(Duration.ofHours(12),
                List.of("u-dpo", "JIRAUSER10400")));
        TreeSet<LocalDate> holidays = new TreeSet<>(Set.of(LocalDate.parse("2026-12-25"), LocalDate.parse("2027-01-01")));
        BusinessCalendar calendar = new BusinessCalendar(ZoneId.of("Asia/Dubai"),
                EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), holidays);
        return new ResponsePolicy(levels, calendar, clocks);
    }
}
