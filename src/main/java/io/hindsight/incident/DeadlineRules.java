package io.hindsight.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When each deadline clock starts, when it is due, and what stops it. A deadline is computed when its inputs change
 * (declaration, severity, resolution, breach awareness), with the policy in force at that moment; an edit of the
 * policy alone never moves a deadline already running.
 */
final class DeadlineRules {

    private DeadlineRules() {
    }

    /** The deadlines of a newly declared incident: executive notification by its severity, the breach clock by its flag. */
    static IncidentState atDeclaration(IncidentState state, ResponsePolicy policy) {
        Deadlines deadlines = Deadlines.none();
        Optional<Duration> within = policy.of(state.severity()).executiveNotificationWithin();
        if (within.isPresent()) {
            deadlines = deadlines.with(new Deadline(DeadlineClock.EXECUTIVE_NOTIFICATION, state.severitySince(),
                    state.severitySince().plus(within.get()), null));
        }
        return afterBreachFlag(state.withDeadlines(deadlines));
    }

    /**
     * After a severity change at {@code state.severitySince()}. The executive-notification clock starts when the
     * incident reaches a level that has one; a level with a shorter one can bring the due instant forward, never
     * back. Dropping to a level without one stops the clock unless it was already met or breached. The post-mortem
     * deadline follows the new level from the resolution instant.
     */
    static IncidentState afterSeverityChange(IncidentState state, ResponsePolicy policy, Instant now) {
        Deadlines deadlines = state.deadlines();
        Optional<Deadline> running = deadlines.get(DeadlineClock.EXECUTIVE_NOTIFICATION);
        Optional<Duration> within = policy.of(state.severity()).executiveNotificationWithin();
        if (within.isPresent()) {
            Instant due = state.severitySince().plus(within.get());
            if (running.isEmpty()) {
                deadlines = deadlines.with(new Deadline(DeadlineClock.EXECUTIVE_NOTIFICATION, state.severitySince(),
                        due, null));
            } else if (!running.get().isMet() && due.isBefore(running.get().dueAt())) {
                deadlines = deadlines.with(new Deadline(DeadlineClock.EXECUTIVE_NOTIFICATION, state.severitySince(),
                        due, null));
            }
        } else if (running.isPresent() && !running.get().isMet() && !running.get().isBreachedAt(now)) {
            deadlines = deadlines.without(DeadlineClock.EXECUTIVE_NOTIFICATION);
        }
        return afterResolutionChange(state.withDeadlines(deadlines), policy);
    }

    /**
     * The post-mortem deadline after the resolution instant or the severity changed: due by the level's policy from
     * the resolved key instant, met if a post-mortem is already published; none while unresolved or not required.
     */
    static IncidentState afterResolutionChange(IncidentState state, ResponsePolicy policy) {
        Optional<KeyInstantEntry> resolved = state.keyInstants().get(KeyInstant.RESOLVED);
        Optional<Instant> due = resolved.flatMap(entry ->
                policy.of(state.severity()).postmortemDueAfter(entry.at(), policy.calendar()));
        if (due.isEmpty()) {
            return state.withDeadlines(state.deadlines().without(DeadlineClock.POSTMORTEM));
        }
        Instant metAt = state.hasPublishedPostmortem() ? state.postmortem().publishedAt() : null;
        return state.withDeadlines(state.deadlines().with(
                new Deadline(DeadlineClock.POSTMORTEM, resolved.get().at(), due.get(), metAt)));
    }

    /** After a post-mortem report: publishing meets the post-mortem deadline, if one runs. */
    static IncidentState afterPostmortemRecorded(IncidentState state) {
        Optional<Deadline> running = state.deadlines().get(DeadlineClock.POSTMORTEM);
        if (running.isEmpty() || !state.hasPublishedPostmortem()) {
            return state;
        }
        return state.withDeadlines(state.deadlines().with(running.get().metAt(state.postmortem().publishedAt())));
    }

    /** The GDPR Art. 33 clock: 72 hours from awareness, whatever the severity. */
    static IncidentState afterBreachFlag(IncidentState state) {
        if (!state.isPersonalDataBreach() || state.deadlines().get(DeadlineClock.PERSONAL_DATA_BREACH).isPresent()) {
            return state;
        }
        Instant aware = state.personalDataBreachAwareAt();
        return state.withDeadlines(state.deadlines().with(new Deadline(DeadlineClock.PERSONAL_DATA_BREACH, aware,
                aware.plus(DeadlineClock.PERSONAL_DATA_BREACH_NOTICE), null)));
    }

    /** A false alarm has no obligations left: every deadline not yet met stops; met ones stay as the record. */
    static IncidentState afterCancel(IncidentState state) {
        Deadlines deadlines = state.deadlines();
        for (Deadline deadline : state.deadlines().all()) {
            if (!deadline.isMet()) {
                deadlines = deadlines.without(deadline.clock());
            }
        }
        return state.withDeadlines(deadlines);
    }
}
