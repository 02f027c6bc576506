package io.hindsight.timeline.ao;

import static io.hindsight.timeline.NewTimelineEvents.T0;
import static io.hindsight.timeline.NewTimelineEvents.anEvent;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.hindsight.platform.NotFoundException;
import io.hindsight.standalone.ao.EntityManagerActiveObjects;
import io.hindsight.timeline.AppendResult;
import io.hindsight.timeline.NewTimelineEvent;
import io.hindsight.timeline.TimelineCursor;
import io.hindsight.timeline.TimelineEvent;
import io.hindsight.timeline.TimelineEventAlreadyHiddenException;
import io.hindsight.timeline.TimelineEventKind;
import io.hindsight.timeline.TimelinePage;
import io.hindsight.timeline.TimelineQuery;
import io.hindsight.timeline.TimelineQuery.Order;
import io.hindsight.timeline.TimelineSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * The behaviour of {@link AoTimelineStore} on a real database; each subclass names one with {@code @Jdbc}.
 * Tests run in a transaction that is rolled back, except the {@code @NonTransactional} ones: those that need
 * real commits from many threads, and those that repeat an external id, which the store's callers never do
 * inside a transaction (on PostgreSQL the refused INSERT would abort it). After a {@code @NonTransactional}
 * test the runner re-creates the tables, so each starts empty.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(TimelineDatabaseUpdater.class)
public abstract class AoTimelineStoreContract {

    private static final long INCIDENT = 10_001L;
    private static final long OTHER_INCIDENT = 10_002L;

    private EntityManager entityManager;
    private AoTimelineStore store;

    @Before
    public void createStore() {
        store = new AoTimelineStore(new EntityManagerActiveObjects(entityManager));
    }

    @Test
    public void append_roundTripsEveryFieldIncludingUnicode() {
        String summary = "🔥".repeat(255);
        NewTimelineEvent event = anEvent()
                .at(Instant.parse("2026-03-01T10:15:30.123Z"))
                .recordedAt(Instant.parse("2026-03-01T11:00:00.456Z"))
                .ofKind(TimelineEventKind.DEPLOY_FINISHED)
                .from(new TimelineSource("argo-cd"))
                .by("JIRAUSER10100")
                .withSummary(summary)
                .withDetails("Zeile 1 — «Grüße» 日本語\n\tZeile 2 \uD83D\uDE80")
                .withEvidenceLink("https://grafana.example.com/d/abc?from=now-1h&ü=1")
                .withExternalId("deploy/ünïcode/42")
                .build();

        AppendResult result = store.append(event);
        TimelineEvent found = store.find(INCIDENT, result.event().id()).orElseThrow();

        assertTrue(result.created());
        assertEquals(result.event(), found);
        assertEquals(new TimelineEvent(found.id(), INCIDENT, event.occurredAt(), event.recordedAt(),
                TimelineEventKind.DEPLOY_FINISHED, new TimelineSource("argo-cd"), "JIRAUSER10100", summary,
                event.details(), event.evidenceLink(), "deploy/ünïcode/42", null), found);
    }

    @Test
    public void append_roundTripsAnEntryWithoutOptionalFields() {
        NewTimelineEvent event = anEvent().by(null).withDetails(null).withEvidenceLink(null).withExternalId(null).build();

        TimelineEvent stored = store.append(event).event();
        TimelineEvent found = store.find(INCIDENT, stored.id()).orElseThrow();

        assertNull(found.actorKey());
        assertNull(found.details());
        assertNull(found.evidenceLink());
        assertNull(found.externalId());
        assertEquals(stored, found);
    }

    @Test
    @NonTransactional
    public void append_returnsExistingEntryForRepeatedExternalId() {
        AppendResult first = store.append(anEvent().withExternalId("alert-1").withSummary("CPU high").build());

        AppendResult repeat = store.append(anEvent().withExternalId("alert-1").withSummary("CPU very high")
                .at(T0.plusSeconds(60)).build());

        assertTrue(first.created());
        assertFalse(repeat.created());
        assertEquals(first.event(), repeat.event());
        assertEquals(1, entriesOf(INCIDENT, true).size());
    }

    @Test
    public void append_insertsANewEntryWithExternalIdWithoutLookingItUpFirst() {
        List<String> statements = statementsOf(() -> store.append(anEvent().withExternalId("alert-2").build()));

        assertTrue(statements.toString(), statements.stream().anyMatch(sql -> sql.toUpperCase().startsWith("INSERT")));
        assertTrue(statements.toString(), statements.stream().noneMatch(sql -> sql.toUpperCase().contains(" WHERE ")));
    }

    @Test
    public void append_storesSameExternalIdOnAnotherIncidentOrSourceAsNewEntry() {
        AppendResult first = store.append(anEvent().from(new TimelineSource("alertmanager")).withExternalId("x").build());
        AppendResult otherIncident = store.append(anEvent().onIncident(OTHER_INCIDENT)
                .from(new TimelineSource("alertmanager")).withExternalId("x").build());
        AppendResult otherSource = store.append(anEvent().from(new TimelineSource("pagerduty")).withExternalId("x").build());

        assertTrue(otherIncident.created());
        assertTrue(otherSource.created());
        assertEquals(3, Set.of(first.event().id(), otherIncident.event().id(), otherSource.event().id()).size());
    }

    @Test
    public void append_storesEveryEntryWithoutExternalId() {
        store.append(anEvent().build());
        store.append(anEvent().build());

        assertEquals(2, entriesOf(INCIDENT, true).size());
    }

    @Test
    @NonTransactional
    public void append_returnsHiddenStateWithRepeatedEntry() {
        TimelineEvent first = store.append(anEvent().withExternalId("a").build()).event();
        store.hide(INCIDENT, first.id(), new TimelineEvent.Hidden("JIRAUSER1", T0, "duplicate alert"));

        AppendResult repeat = store.append(anEvent().withExternalId("a").build());

        assertFalse(repeat.created());
        assertTrue(repeat.event().isHidden());
    }

    @Test
    public void find_returnsEmptyForEntryOfAnotherIncidentOrUnknownId() {
        TimelineEvent stored = store.append(anEvent().build()).event();

        assertTrue(store.find(OTHER_INCIDENT, stored.id()).isEmpty());
        assertTrue(store.find(INCIDENT, stored.id() + 1000).isEmpty());
        assertTrue(store.find(INCIDENT, Long.MAX_VALUE).isEmpty());
    }

    @Test
    public void page_newestFirstWalksEveryEntryOnceAcrossTiesOfOccurredAt() {
        List<TimelineEvent> stored = appendWithTies(INCIDENT, 11);

        List<TimelineEvent> walked = walk(INCIDENT, Order.NEWEST_FIRST, Set.of(), 3, false);

        List<TimelineEvent> expected = new ArrayList<>(stored);
        expected.sort(byTimeThenId().reversed());
        assertEquals(expected, walked);
    }

    @Test
    public void page_oldestFirstWalksEveryEntryOnceAcrossTiesOfOccurredAt() {
        List<TimelineEvent> stored = appendWithTies(INCIDENT, 11);

        List<TimelineEvent> walked = walk(INCIDENT, Order.OLDEST_FIRST, Set.of(), 2, false);

        List<TimelineEvent> expected = new ArrayList<>(stored);
        expected.sort(byTimeThenId());
        assertEquals(expected, walked);
    }

    @Test
    public void page_endsWithNullCursorWhenTheLastPageIsExactlyFull() {
        appendWithTies(INCIDENT, 4);

        TimelinePage first = store.page(INCIDENT, TimelineQuery.firstPage(Order.OLDEST_FIRST, 2));
        TimelinePage second = store.page(INCIDENT,
                new TimelineQuery(Order.OLDEST_FIRST, Set.of(), first.next(), 2, false));

        assertEquals(2, first.events().size());
        assertEquals(2, second.events().size());
        assertNull(second.next());
    }

    @Test
    public void page_returnsOnlyTheRequestedKinds() {
        store.append(anEvent().ofKind(TimelineEventKind.ALERT_FIRING).build());
        store.append(anEvent().ofKind(TimelineEventKind.NOTE).build());
        store.append(anEvent().ofKind(TimelineEventKind.DECISION).build());
        store.append(anEvent().ofKind(TimelineEventKind.ALERT_FIRING).at(T0.plusSeconds(1)).build());

        List<TimelineEvent> walked = walk(INCIDENT, Order.OLDEST_FIRST,
                Set.of(TimelineEventKind.ALERT_FIRING, TimelineEventKind.DECISION), 2, false);

        assertEquals(List.of(TimelineEventKind.ALERT_FIRING, TimelineEventKind.DECISION, TimelineEventKind.ALERT_FIRING),
                walked.stream().map(TimelineEvent::kind).toList());
    }

    @Test
    public void page_readsOnlyTheGivenIncident() {
        store.append(anEvent().build());
        store.append(anEvent().onIncident(OTHER_INCIDENT).build());

        List<TimelineEvent> walked = walk(INCIDENT, Order.OLDEST_FIRST, Set.of(), 10, true);

        assertEquals(1, walked.size());
        assertEquals(INCIDENT, walked.get(0).incidentId());
    }

    @Test
    public void page_leavesOutHiddenEntriesUnlessAskedFor() {
        List<TimelineEvent> stored = appendWithTies(INCIDENT, 6);
        TimelineEvent.Hidden why = new TimelineEvent.Hidden("JIRAUSER1", T0.plusSeconds(600), "test alert");
        store.hide(INCIDENT, stored.get(1).id(), why);
        store.hide(INCIDENT, stored.get(2).id(), why);

        List<TimelineEvent> visible = walk(INCIDENT, Order.OLDEST_FIRST, Set.of(), 2, false);
        List<TimelineEvent> all = walk(INCIDENT, Order.OLDEST_FIRST, Set.of(), 2, true);

        assertEquals(4, visible.size());
        assertTrue(visible.stream().noneMatch(TimelineEvent::isHidden));
        assertEquals(6, all.size());
        assertEquals(Set.of(stored.get(1).id(), stored.get(2).id()),
                all.stream().filter(TimelineEvent::isHidden).map(TimelineEvent::id).collect(Collectors.toSet()));
        assertEquals(why, all.stream().filter(TimelineEvent::isHidden).findFirst().orElseThrow().hidden());
    }

    @Test
    public void page_fillsThePageWithVisibleEntriesWhenHalfAreHidden() {
        List<TimelineEvent> visible = appendWithEveryOtherHidden(INCIDENT, 30);

        List<String> statements = new ArrayList<>();
        TimelinePage first = statementsOf(statements,
                () -> store.page(INCIDENT, TimelineQuery.firstPage(Order.OLDEST_FIRST, 10)));

        assertEquals(visible.subList(0, 10), first.events());
        assertNotNull(first.next());
        assertTrue(statements.toString(), statements.stream().filter(sql -> sql.contains(TimelineEventAo.TABLE))
                .allMatch(sql -> sql.toUpperCase().contains("LIMIT 11")));
    }

    @Test
    public void page_endsWithNullCursorOnTheLastPageWhenHalfAreHidden() {
        List<TimelineEvent> visible = appendWithEveryOtherHidden(INCIDENT, 30);
        TimelinePage first = store.page(INCIDENT, TimelineQuery.firstPage(Order.OLDEST_FIRST, 10));

        TimelinePage last = store.page(INCIDENT,
                new TimelineQuery(Order.OLDEST_FIRST, Set.of(), first.next(), 10, false));

        assertEquals(visible.subList(10, 15), last.events());
        assertNull(last.next());
    }

    @Test
    public void page_isEmptyAndLastWhenEveryEntryIsHidden() {
        for (TimelineEvent event : appendWithTies(INCIDENT, 30)) {
            store.hide(INCIDENT, event.id(), new TimelineEvent.Hidden("JIRAUSER1", T0, "test alert"));
        }

        TimelinePage page = store.page(INCIDENT, TimelineQuery.firstPage(Order.NEWEST_FIRST, 10));

        assertEquals(List.of(), page.events());
        assertNull(page.next());
    }

    @Test
    public void page_stopsAfterSixWindowsOfHiddenEntriesWithACursorPastThem() {
        List<TimelineEvent> stored = appendWithTies(INCIDENT, 16);
        for (TimelineEvent event : stored.subList(0, 14)) {
            store.hide(INCIDENT, event.id(), new TimelineEvent.Hidden("JIRAUSER1", T0, "test alert"));
        }

        List<String> statements = new ArrayList<>();
        TimelinePage first = statementsOf(statements,
                () -> store.page(INCIDENT, TimelineQuery.firstPage(Order.OLDEST_FIRST, 2)));
        TimelinePage second = store.page(INCIDENT,
                new TimelineQuery(Order.OLDEST_FIRST, Set.of(), first.next(), 2, false));

        assertEquals(List.of(), first.events());
        assertEquals(TimelineCursor.of(stored.get(11)), first.next());
        assertEquals(statements.toString(), 2 * (1 + TimelinePageReader.MAX_EXTRA_WINDOWS), statements.size());
        assertEquals(stored.subList(14, 16), second.events());
        assertNull(second.next());
    }

    @Test
    public void page_readsLimitPlusOneEntriesAndTheirHidesInTwoStatements() {
        appendWithTies(INCIDENT, 30);
        TimelinePage first = store.page(INCIDENT, TimelineQuery.firstPage(Order.NEWEST_FIRST, 10));

        List<String> statements = statementsOf(() -> store.page(INCIDENT,
                new TimelineQuery(Order.NEWEST_FIRST, Set.of(), first.next(), 10, false)));

        assertEquals(statements.toString(), 2, statements.size());
        assertTrue(statements.get(0), statements.get(0).toUpperCase().contains("LIMIT 11"));
    }

    @Test
    public void hide_recordsWhoWhenAndWhyAndKeepsTheContent() {
        TimelineEvent stored = store.append(anEvent().withDetails("the details").build()).event();
        TimelineEvent.Hidden why = new TimelineEvent.Hidden("JIRAUSER2", T0.plusSeconds(90), "posted on the wrong incident");

        TimelineEvent hidden = store.hide(INCIDENT, stored.id(), why);

        TimelineEvent found = store.find(INCIDENT, stored.id()).orElseThrow();
        assertEquals(why, hidden.hidden());
        assertEquals(hidden, found);
        assertEquals(stored.summary(), found.summary());
        assertEquals("the details", found.details());
    }

    @Test
    public void hide_twiceThrowsAlreadyHiddenAndKeepsTheFirstReason() {
        TimelineEvent stored = store.append(anEvent().build()).event();
        TimelineEvent.Hidden first = new TimelineEvent.Hidden("JIRAUSER2", T0, "first");
        store.hide(INCIDENT, stored.id(), first);

        assertThrows(TimelineEventAlreadyHiddenException.class, () -> store.hide(INCIDENT, stored.id(),
                new TimelineEvent.Hidden("JIRAUSER3", T0, "second")));
        assertEquals(first, store.find(INCIDENT, stored.id()).orElseThrow().hidden());
    }

    @Test
    public void hide_throwsNotFoundForEntryOfAnotherIncident() {
        TimelineEvent stored = store.append(anEvent().build()).event();

        assertThrows(NotFoundException.class, () -> store.hide(OTHER_INCIDENT, stored.id(),
                new TimelineEvent.Hidden("JIRAUSER2", T0, "wrong incident")));
    }

    @Test
    @NonTransactional
    public void append_storesEachExternalIdOnceUnderConcurrentAppendsFrom16Threads() throws Exception {
        long incident = 20_000L + System.nanoTime() % 1_000_000L;
        int threads = 16;
        int distinctIds = 25;
        int withoutIdPerThread = 3;
        CountDownLatch start = new CountDownLatch(1);
        Map<String, Set<Long>> idsByExternalId = new ConcurrentHashMap<>();
        List<Boolean> createdFlags = new CopyOnWriteArrayList<>();
        List<Callable<Void>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int seed = t;
            workers.add(() -> {
                List<String> externalIds = new ArrayList<>();
                for (int i = 0; i < distinctIds; i++) {
                    externalIds.add("alert-" + i);
                }
                Collections.shuffle(externalIds, new java.util.Random(seed));
                start.await();
                for (String externalId : externalIds) {
                    AppendResult result = store.append(anEvent().onIncident(incident)
                            .from(new TimelineSource("alertmanager")).withExternalId(externalId).build());
                    createdFlags.add(result.created());
                    idsByExternalId.computeIfAbsent(externalId, k -> ConcurrentHashMap.newKeySet()).add(result.event().id());
                }
                for (int i = 0; i < withoutIdPerThread; i++) {
                    assertTrue(store.append(anEvent().onIncident(incident).build()).created());
                }
                return null;
            });
        }

        runAll(workers, start);

        assertEquals(distinctIds, createdFlags.stream().filter(created -> created).count());
        assertEquals(threads * distinctIds, createdFlags.size());
        idsByExternalId.forEach((externalId, ids) -> assertEquals(externalId + " -> " + ids, 1, ids.size()));
        assertEquals(distinctIds + threads * withoutIdPerThread, countRows(incident));
    }

    @Test
    @NonTransactional
    public void hide_letsExactlyOneOfConcurrentHidesWin() throws Exception {
        long incident = 30_000L + System.nanoTime() % 1_000_000L;
        TimelineEvent stored = store.append(anEvent().onIncident(incident).build()).event();
        CountDownLatch start = new CountDownLatch(1);
        List<String> winners = new CopyOnWriteArrayList<>();
        List<Callable<Void>> workers = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            String user = "JIRAUSER" + t;
            workers.add(() -> {
                start.await();
                try {
                    store.hide(incident, stored.id(), new TimelineEvent.Hidden(user, T0, "race"));
                    winners.add(user);
                } catch (TimelineEventAlreadyHiddenException expected) {
                    // the others lose, cleanly
                }
                return null;
            });
        }

        runAll(workers, start);

        assertEquals(winners.toString(), 1, winners.size());
        assertEquals(winners.get(0), store.find(incident, stored.id()).orElseThrow().hidden().byUserKey());
    }

    @Test
    public void appendAll_storesNewEntriesAndAnswersRepeatsWithTheStoredOnesInOrder() {
        TimelineSource alertmanager = new TimelineSource("alertmanager");
        AppendResult earlier = store.append(anEvent().from(alertmanager).withExternalId("fp-2").withSummary("first").build());

        List<AppendResult> results = store.appendAll(List.of(
                anEvent().from(alertmanager).withExternalId("fp-1").withSummary("one").build(),
                anEvent().from(alertmanager).withExternalId("fp-2").withSummary("two, again").build(),
                anEvent().from(alertmanager).withExternalId("fp-1").withSummary("one, again").build(),
                anEvent().withSummary("no id").build(),
                anEvent().withSummary("no id").build()));

        assertEquals(List.of(true, false, false, true, true), results.stream().map(AppendResult::created).toList());
        assertEquals(earlier.event(), results.get(1).event());
        assertEquals(results.get(0).event(), results.get(2).event());
        assertEquals("one", store.find(INCIDENT, results.get(0).event().id()).orElseThrow().summary());
        assertEquals(4, entriesOf(INCIDENT, true).size());
    }

    @Test
    public void appendAll_ofNothingStoresNothing() {
        assertEquals(List.of(), store.appendAll(List.of()));
    }

    @Test
    public void appendAll_findsStoredEntriesBeyondOneInListOfKeys() {
        List<NewTimelineEvent> batch = new ArrayList<>();
        for (int i = 0; i < AoTimelineStore.IN_CHUNK + 20; i++) {
            batch.add(anEvent().from(new TimelineSource("alertmanager")).withExternalId("fp-" + i).build());
        }
        store.appendAll(batch);

        List<AppendResult> repeat = store.appendAll(batch);

        assertTrue(repeat.stream().noneMatch(AppendResult::created));
        assertEquals(batch.size(), entriesOf(INCIDENT, true).size());
    }

    @Test
    @NonTransactional
    public void appendAll_storesNothingOfABatchWhenOneEntryFails() throws Exception {
        long incident = 40_000L + System.nanoTime() % 1_000_000L;
        NewTimelineEvent fine = anEvent().onIncident(incident).withExternalId("ok").build();
        NewTimelineEvent broken = new NewTimelineEvent(incident, T0, T0, TimelineEventKind.NOTE, TimelineSource.MANUAL,
                null, null, null, null, "no-summary");

        assertThrows(RuntimeException.class, () -> store.appendAll(List.of(fine, broken)));

        assertEquals(0, countRows(incident));
    }

    @Test
    @NonTransactional
    public void appendAll_storesEachExternalIdOnceWhenEightThreadsDeliverTheSameBatches() throws Exception {
        long incident = 50_000L + System.nanoTime() % 1_000_000L;
        int distinctIds = 120;
        CountDownLatch start = new CountDownLatch(1);
        List<Boolean> createdFlags = new CopyOnWriteArrayList<>();
        List<Callable<Void>> workers = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int seed = t;
            workers.add(() -> {
                List<NewTimelineEvent> batch = new ArrayList<>();
                for (int i = 0; i < distinctIds; i++) {
                    batch.add(anEvent().onIncident(incident).from(new TimelineSource("alertmanager"))
                            .withExternalId("alert-" + i).build());
                }
                Collections.shuffle(batch, new java.util.Random(seed));
                start.await();
                for (int from = 0; from < batch.size(); from += 30) {
                    store.appendAll(batch.subList(from, from + 30)).forEach(result -> createdFlags.add(result.created()));
                }
                return null;
            });
        }

        runAll(workers, start);

        assertEquals(distinctIds, createdFlags.stream().filter(created -> created).count());
        assertEquals(8 * distinctIds, createdFlags.size());
        assertEquals(distinctIds, countRows(incident));
    }

    /** Entries at T0, T0, T0+1s, T0+1s, …: every occurred-at is shared by two entries. */
    private List<TimelineEvent> appendWithTies(long incident, int count) {
        List<TimelineEvent> stored = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            stored.add(store.append(anEvent().onIncident(incident).at(T0.plusSeconds(i / 2))
                    .withSummary("entry " + i).build()).event());
        }
        return stored;
    }

    /** {@link #appendWithTies} with every odd-numbered entry hidden; returns the visible ones, oldest first. */
    private List<TimelineEvent> appendWithEveryOtherHidden(long incident, int count) {
        List<TimelineEvent> visible = new ArrayList<>();
        List<TimelineEvent> stored = appendWithTies(incident, count);
        for (int i = 0; i < stored.size(); i++) {
            if (i % 2 == 1) {
                store.hide(incident, stored.get(i).id(), new TimelineEvent.Hidden("JIRAUSER1", T0, "test alert"));
            } else {
                visible.add(stored.get(i));
            }
        }
        return visible;
    }

    private List<TimelineEvent> walk(long incident, Order order, Set<TimelineEventKind> kinds, int limit,
            boolean includeHidden) {
        List<TimelineEvent> walked = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        TimelineCursor cursor = null;
        do {
            TimelinePage page = store.page(incident, new TimelineQuery(order, kinds, cursor, limit, includeHidden));
            assertTrue(page.events().size() <= limit);
            for (TimelineEvent event : page.events()) {
                assertTrue("seen twice: " + event.id(), seen.add(event.id()));
                walked.add(event);
            }
            if (page.next() != null) {
                assertNotEquals("cursor did not move", cursor, page.next());
            }
            cursor = page.next();
        } while (cursor != null);
        return walked;
    }

    private List<TimelineEvent> entriesOf(long incident, boolean includeHidden) {
        return walk(incident, Order.OLDEST_FIRST, Set.of(), TimelineQuery.MAX_LIMIT, includeHidden);
    }

    /** The SQL that {@code work} sends, in order. */
    private List<String> statementsOf(Runnable work) {
        List<String> statements = new ArrayList<>();
        statementsOf(statements, () -> {
            work.run();
            return null;
        });
        return statements;
    }

    /** What {@code work} returns; the SQL it sends is added to {@code statements}, in order. */
    private <T> T statementsOf(List<String> statements, Supplier<T> work) {
        DatabaseProvider.SqlListener listener = statements::add;
        entityManager.getProvider().addSqlListener(listener);
        try {
            return work.get();
        } finally {
            entityManager.getProvider().removeSqlListener(listener);
        }
    }

    private int countRows(long incident) throws Exception {
        return entityManager.count(TimelineEventAo.class,
                Query.select().where(TimelineEventAo.INCIDENT_ID + " = ?", incident));
    }

    private static Comparator<TimelineEvent> byTimeThenId() {
        return Comparator.comparing(TimelineEvent::occurredAt).thenComparingLong(TimelineEvent::id);
    }

    private static void runAll(List<Callable<Void>> workers, CountDownLatch start) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers.size());
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (Callable<Void> worker : workers) {
                futures.add(pool.submit(worker));
            }
            start.countDown();
            for (Future<Void> future : futures) {
                future.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
