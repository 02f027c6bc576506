package io.hindsight.actionitem;

import io.hindsight.incident.DeadlineClock;
import io.hindsight.incident.IncidentState;
import io.hindsight.incident.IncidentStateStore;
import io.hindsight.incident.IncidentStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Reminds owners of overdue action items, and commanders of incidents whose post-mortem is overdue, once per
 * interval (default daily): each person gets at most one action-item reminder and one post-mortem reminder per
 * interval. Intervals are counted from the epoch in UTC, and each reminder is claimed in a table shared by the
 * cluster before it is sent, so two nodes running the job at once, or a node restarting, send nothing twice.
 *
 * <p>Reads page by page: overdue action items in owner order, overdue post-mortems in incident order. A person's
 * reminder lists at most {@link #MAX_LINES} lines, then how many more.
 */
public class ReminderJob {

    public static final Duration DEFAULT_INTERVAL = Duration.ofDays(1);
    /** Reminders more often than hourly would be noise. */
    public static final Duration MIN_INTERVAL = Duration.ofHours(1);
    static final int KEPT_INTERVALS = 7;
    static final int PAGE = 500;
    static final int MAX_LINES = 50;

    private final ActionItemMirror actionItems;
    private final IncidentStateStore states;
    private final ReminderClaims claims;
    private final ReminderMailer mailer;
    private final Supplier<Duration> interval;
    private final Clock clock;

    public ReminderJob(ActionItemMirror actionItems, IncidentStateStore states, ReminderClaims claims,
            ReminderMailer mailer, Supplier<Duration> interval, Clock clock) {
        this.actionItems = actionItems;
        this.states = states;
        this.claims = claims;
        this.mailer = mailer;
        this.interval = interval;
        this.clock = clock;
    }

    /** What one run did: reminders sent, reminders another run had sent in this interval, and sends that failed. */
    public record Report(int sent, int alreadySent, int failed) {
    }

    public Report runOnce() {
        Instant now = clock.instant();
        long intervalMillis = Math.max(MIN_INTERVAL.toMillis(), interval.get().toMillis());
        long period = now.toEpochMilli() / intervalMillis;
        // A claim matters only within its own interval; older ones are kept a few intervals for whoever looks.
        claims.forgetBefore(now.minusMillis(KEPT_INTERVALS * intervalMillis));
        Counter counter = new Counter();
        remindActionItemOwners(now, period, counter);
        remindPostmortemOwners(now, period, counter);
        return new Report(counter.sent, counter.alreadySent, counter.failed);
    }

    private void remindActionItemOwners(Instant now, long period, Counter counter) {
        String owner = null;
        List<String> lines = new ArrayList<>();
        String after = null;
        List<TrackedActionItem> page;
        do {
            page = actionItems.overdue(now, after, PAGE);
            for (TrackedActionItem item : page) {
                if (!item.ownerKey().equals(owner)) {
                    flushActionItems(owner, lines, period, counter);
                    owner = item.ownerKey();
                    lines = new ArrayList<>();
                }
                lines.add(item.issueKey() + " (action item of " + item.incidentKey() + ") was due "
                        + dueDay(item.dueAt()));
            }
            after = page.isEmpty() ? after : cursorOf(page.get(page.size() - 1));
        } while (page.size() == PAGE);
        flushActionItems(owner, lines, period, counter);
    }

    private void flushActionItems(String owner, List<String> lines, long period, Counter counter) {
        if (owner != null && !lines.isEmpty()) {
            send("action-items:" + owner + "@" + period, new Reminder(owner, lines.size() == 1
                    ? "1 action item of yours is overdue" : lines.size() + " action items of yours are overdue",
                    capped(lines)), counter);
        }
    }

    private void remindPostmortemOwners(Instant now, long period, Counter counter) {
        // Overdue post-mortems are few (one per resolved SEV-1/SEV-2 at most), so they are grouped in memory.
        Map<String, List<String>> byCommander = new TreeMap<>();
        long after = 0;
        List<IncidentState> page;
        do {
            page = states.overdue(DeadlineClock.POSTMORTEM, Instant.EPOCH, now, after, PAGE);
            for (IncidentState state : page) {
                if (state.status() == IncidentStatus.CANCELLED) {
                    continue;
                }
                byCommander.computeIfAbsent(state.commanderKey(), key -> new ArrayList<>())
                        .add("The post-mortem of " + state.incident().key() + " (" + state.severity().code() + ", "
                                + state.incident().summary() + ") is overdue");
            }
            after = page.isEmpty() ? after : page.get(page.size() - 1).incidentId();
        } while (page.size() == PAGE);
        byCommander.forEach((commander, lines) -> send("postmortems:" + commander + "@" + period,
                new Reminder(commander, lines.size() == 1 ? "A post-mortem you lead is overdue"
                        : lines.size() + " post-mortems you lead are overdue", capped(lines)), counter));
    }

    private void send(String claimKey, Reminder reminder, Counter counter) {
        if (!claims.claim(claimKey, clock.instant())) {
            counter.alreadySent++;
            return;
        }
        try {
            mailer.send(reminder);
            counter.sent++;
        } catch (RuntimeException failed) {
            claims.release(claimKey);
            counter.failed++;
        }
    }

    private static List<String> capped(List<String> lines) {
        if (lines.size() <= MAX_LINES) {
            return lines;
        }
        List<String> shown = new ArrayList<>(lines.subList(0, MAX_LINES));
        shown.add("… and " + (lines.size() - MAX_LINES) + " more");
        return shown;
    }

    /** The due day as people set it: the mirror keeps the first instant after it. */
    private static LocalDate dueDay(Instant dueAt) {
        return LocalDate.ofInstant(dueAt.minusMillis(1), ZoneOffset.UTC);
    }

    private static String cursorOf(TrackedActionItem item) {
        return ActionItemMirror.overdueCursor(item);
    }

    private static final class Counter {
        int sent;
        int alreadySent;
        int failed;
    }
}
