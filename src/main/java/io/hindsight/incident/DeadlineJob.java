package io.hindsight.incident;

import io.hindsight.platform.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds missed deadlines, records each on its incident's timeline and notifies the people responsible, exactly once
 * per breach however many nodes run it at the same time: each breach is claimed first, in the transaction that
 * records and notifies it. Hosts run it every minute (on Data Center, once per cluster where the scheduler can).
 *
 * <p>Not final only so that each host can declare it as a product-filtered component by subclassing.
 */
public class DeadlineJob {

    /** Breaches older than this when first seen are left alone: a cluster back from a week down does not flood people. */
    static final Duration LOOKBACK = Duration.ofDays(7);
    static final int PAGE_SIZE = 200;

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineJob.class);

    private final IncidentStateStore states;
    private final BreachClaims claims;
    private final IncidentEvents events;
    private final Notifier notifier;
    private final ResponsePolicyService policies;
    private final Transactions transactions;
    private final Clock clock;

    public DeadlineJob(IncidentStateStore states, BreachClaims claims, IncidentEvents events, Notifier notifier,
            ResponsePolicyService policies, Transactions transactions, Clock clock) {
        this.states = states;
        this.claims = claims;
        this.events = events;
        this.notifier = notifier;
        this.policies = policies;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What one run did: breaches it recorded, breaches it found claimed, breaches it failed on (retried next run). */
    public record Report(int recorded, int claimedElsewhere, int failed) {
    }

    /** Looks at every clock once, page by page, and handles the breaches no one has claimed. */
    public Report runOnce() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ResponsePolicy policy = policies.current().policy();
        int[] counts = new int[3];
        for (DeadlineClock deadlineClock : DeadlineClock.values()) {
            long after = 0;
            List<IncidentState> page;
            do {
                page = states.overdue(deadlineClock, now.minus(LOOKBACK), now, after, PAGE_SIZE);
                handlePage(deadlineClock, page, policy, now, counts);
                after = page.isEmpty() ? after : page.get(page.size() - 1).incidentId();
            } while (page.size() == PAGE_SIZE);
        }
        return new Report(counts[0], counts[1], counts[2]);
    }

    private void handlePage(DeadlineClock deadlineClock, List<IncidentState> page, ResponsePolicy policy, Instant now,
            int[] counts) {
        Map<String, IncidentState> byBreachKey = new LinkedHashMap<>();
        for (IncidentState state : page) {
            state.deadlines().get(deadlineClock).filter(deadline -> deadline.isBreachedAt(now))
                    .ifPresent(deadline -> byBreachKey.put(breachOf(state, deadline).key(), state));
        }
        Set<String> claimed = byBreachKey.isEmpty() ? Set.of() : claims.claimed(byBreachKey.keySet());
        counts[1] += claimed.size();
        byBreachKey.forEach((key, state) -> {
            if (!claimed.contains(key)) {
                counts[handle(state, state.deadlines().get(deadlineClock).orElseThrow(), policy, now)]++;
            }
        });
    }

    /** 0 when recorded and notified, 1 when another run had claimed it, 2 when it failed and will be retried. */
    private int handle(IncidentState state, Deadline deadline, ResponsePolicy policy, Instant now) {
        Breach breach = breachOf(state, deadline);
        try {
            transactions.inTransaction(() -> {
                // The claim comes first: a second node blocks on it and then fails, so the timeline append below,
                // idempotent by the breach key, never races inside this transaction.
                claims.claim(breach, now);
                events.deadlineBreached(state.incident(), deadline, "breach:" + breach.key());
                notifier.breachNotice(new BreachNotice(state.incident(), state.severity(), deadline,
                        recipients(state, policy.of(deadline.clock()))));
                return null;
            });
            return 0;
        } catch (BreachAlreadyClaimedException lostTheRace) {
            return 1;
        } catch (RuntimeException failure) {
            // One failing breach (a mail server down) must not hold up the others; its claim rolled back with it.
            LOG.warn("Could not record or notify breach {}; the next run tries again", breach.key(), failure);
            return 2;
        }
    }

    private static Breach breachOf(IncidentState state, Deadline deadline) {
        return new Breach(state.incidentId(), deadline.clock(), deadline.dueAt());
    }

    private static Set<String> recipients(IncidentState state, ClockSettings settings) {
        Set<String> recipients = new LinkedHashSet<>();
        recipients.add(state.commanderKey());
        recipients.addAll(settings.alsoNotify());
        return recipients;
    }
}
