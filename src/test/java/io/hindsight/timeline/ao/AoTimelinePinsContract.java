package io.hindsight.timeline.ao;

import static io.hindsight.timeline.NewTimelineEvents.T0;
import static io.hindsight.timeline.NewTimelineEvents.anEvent;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import io.hindsight.standalone.ao.EntityManagerActiveObjects;
import io.hindsight.timeline.PinnedEntry;
import io.hindsight.timeline.TimelineEvent;
import io.hindsight.timeline.TimelinePin;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * {@link AoTimelinePins} and {@link AoTimelineVersions} on a real database; each subclass names one with
 * {@code @Jdbc}. Tests run in a rolled-back transaction unless {@code @NonTransactional}.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(TimelineDatabaseUpdater.class)
public abstract class AoTimelinePinsContract {

    private static final long INCIDENT = 20_001L;
    private static final long OTHER_INCIDENT = 20_002L;

    private EntityManager entityManager;
    private AoTimelineStore store;
    private AoTimelinePins pins;
    private AoTimelineVersions versions;

    @Before
    public void createStores() {
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(entityManager);
        store = new AoTimelineStore(ao);
        pins = new AoTimelinePins(ao);
        versions = new AoTimelineVersions(ao);
    }

    @Test
    public void of_answersPinnedEntriesInPinOrder_withTheirHides() {
        TimelineEvent first = append(INCIDENT, "first");
        TimelineEvent second = append(INCIDENT, "second");
        append(INCIDENT, "not pinned");
        pins.pin(new TimelinePin(INCIDENT, second.id(), "JIRAUSER1", T0));
        pins.pin(new TimelinePin(INCIDENT, first.id(), "JIRAUSER2", T0.plusSeconds(5)));
        store.hide(INCIDENT, first.id(), new TimelineEvent.Hidden("JIRAUSER3", T0.plusSeconds(9), "duplicate"));

        List<PinnedEntry> pinned = pins.of(INCIDENT, 50);

        assertEquals(List.of("second", "first"), pinned.stream().map(entry -> entry.event().summary()).toList());
        assertEquals("JIRAUSER1", pinned.get(0).pin().pinnedBy());
        assertEquals(T0.plusSeconds(5), pinned.get(1).pin().pinnedAt());
        assertEquals("duplicate", pinned.get(1).event().hidden().reason());
        assertEquals(2, pins.count(INCIDENT));
        assertEquals(List.of(), pins.of(OTHER_INCIDENT, 50));
    }

    @Test
    public void of_keepsToTheLimit() {
        for (int i = 0; i < 5; i++) {
            pins.pin(new TimelinePin(INCIDENT, append(INCIDENT, "e" + i).id(), "JIRAUSER1", T0));
        }

        assertEquals(List.of("e0", "e1", "e2"),
                pins.of(INCIDENT, 3).stream().map(entry -> entry.event().summary()).toList());
    }

    @Test
    @NonTransactional
    public void pin_twice_keepsTheFirstPin() {
        TimelineEvent event = append(INCIDENT, "rollback");
        TimelinePin first = pins.pin(new TimelinePin(INCIDENT, event.id(), "JIRAUSER1", T0));

        TimelinePin again = pins.pin(new TimelinePin(INCIDENT, event.id(), "JIRAUSER2", T0.plusSeconds(60)));

        assertEquals(first, again);
        assertEquals(1, pins.count(INCIDENT));
    }

    @Test
    @NonTransactional
    public void pin_concurrentlyOnManyThreads_storesOnePin() throws Exception {
        TimelineEvent event = append(INCIDENT, "rollback");
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Callable<TimelinePin>> racers = java.util.stream.IntStream.range(0, 6)
                    .<Callable<TimelinePin>>mapToObj(i -> () -> pins.pin(
                            new TimelinePin(INCIDENT, event.id(), "JIRAUSER" + i, T0.plusSeconds(i))))
                    .toList();
            List<TimelinePin> results = threads.invokeAll(racers).stream().map(AoTimelinePinsContract::get).toList();
            assertEquals(1, results.stream().distinct().count());
        } finally {
            threads.shutdownNow();
        }
        assertEquals(1, pins.count(INCIDENT));
    }

    @Test
    public void unpin_removesOnlyThatPin_andSaysWhetherThereWasOne() {
        TimelineEvent kept = append(INCIDENT, "kept");
        TimelineEvent removed = append(INCIDENT, "removed");
        pins.pin(new TimelinePin(INCIDENT, kept.id(), "JIRAUSER1", T0));
        pins.pin(new TimelinePin(INCIDENT, removed.id(), "JIRAUSER1", T0));

        assertFalse(pins.unpin(OTHER_INCIDENT, removed.id()));
        assertTrue(pins.unpin(INCIDENT, removed.id()));
        assertFalse(pins.unpin(INCIDENT, removed.id()));

        assertEquals(List.of("kept"), pins.of(INCIDENT, 50).stream().map(entry -> entry.event().summary()).toList());
    }

    @Test
    public void version_changesWithEachAppendHidePinAndUnpin_andNotWithOtherIncidents() {
        String empty = versions.of(INCIDENT);
        TimelineEvent event = append(INCIDENT, "first");
        String appended = versions.of(INCIDENT);
        assertNotEquals(empty, appended);

        append(OTHER_INCIDENT, "elsewhere");
        pins.pin(new TimelinePin(OTHER_INCIDENT, append(OTHER_INCIDENT, "pinned elsewhere").id(), "JIRAUSER1", T0));
        assertEquals(appended, versions.of(INCIDENT));

        store.hide(INCIDENT, event.id(), new TimelineEvent.Hidden("JIRAUSER1", T0, "noise"));
        String hidden = versions.of(INCIDENT);
        assertNotEquals(appended, hidden);

        pins.pin(new TimelinePin(INCIDENT, event.id(), "JIRAUSER1", T0));
        String pinned = versions.of(INCIDENT);
        assertNotEquals(hidden, pinned);

        TimelineEvent later = append(INCIDENT, "second");
        pins.unpin(INCIDENT, event.id());
        String afterAppendAndUnpin = versions.of(INCIDENT);
        pins.pin(new TimelinePin(INCIDENT, later.id(), "JIRAUSER1", T0));
        String otherPin = versions.of(INCIDENT);
        // One pin either way, but a different entry: the versions must differ.
        pins.unpin(INCIDENT, later.id());
        pins.pin(new TimelinePin(INCIDENT, event.id(), "JIRAUSER1", T0));
        assertNotEquals(otherPin, versions.of(INCIDENT));
        assertNotEquals(afterAppendAndUnpin, otherPin);
    }

    private TimelineEvent append(long incidentId, String summary) {
        return store.append(anEvent().onIncident(incidentId).withSummary(summary).build()).event();
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
