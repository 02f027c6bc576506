package io.hindsight.incident;

import io.hindsight.platform.ConflictException;
import io.hindsight.platform.InvalidInputException;
import io.hindsight.platform.NotFoundException;
import io.hindsight.platform.Transactions;
import io.hindsight.timeline.TimelineEvent;
import io.hindsight.timeline.TimelineEventKind;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The incident use cases on behalf of an actor whose right to act is already established: by {@link IncidentService}
 * for REST callers, by the host's workflow listeners and validators, by sample data. Each change is checked by the
 * domain rules, recorded on the timeline through {@link IncidentEvents}, stored as the next version of the state and
 * mirrored to the host, all in one transaction; a change that loses a race with another node is retried from a
 * fresh read, so the rules are always checked against the state the change is applied to. (The timeline entries
 * written inside that transaction carry no external id, so they cannot lose an idempotency race there.)
 *
 * <p>Not final only so that each host can declare it as a product-filtered component by subclassing.
 */
public class IncidentChanges {

    static final int MAX_ATTEMPTS = 3;
    static final String STATED_AT_DECLARATION = "Stated at declaration";

    private final IncidentStateStore states;
    private final IncidentEvents events;
    private final KeyInstantResolver resolver;
    private final ResponsePolicyService policies;
    private final IncidentMirror mirror;
    private final Transactions transactions;
    private final Clock clock;

    public IncidentChanges(IncidentStateStore states, IncidentEvents events, KeyInstantResolver resolver,
            ResponsePolicyService policies, IncidentMirror mirror, Transactions transactions, Clock clock) {
        this.states = states;
        this.events = events;
        this.resolver = resolver;
        this.policies = policies;
        this.mirror = mirror;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The incident's state; a {@link NotFoundException} for a host incident Hindsight has no state of. */
    public IncidentState find(IncidentRef incident) {
        return states.find(incident.id()).orElseThrow(() -> new NotFoundException(incident.key()
                + " is not an incident Hindsight tracks."));
    }

    /** Refuses a declaration whose instants break the rules, before anything is created in the host. */
    public void checkDeclaration(DeclareIncidentCommand command) {
        declaredAt(command, now());
    }

    /**
     * Starts tracking a host incident: records the declaration (and, when given, the impact-started instant and the
     * personal-data-breach flag), starts its deadlines and stores its first state. Idempotent: an incident tracked
     * already is returned as it is, so a host listener and the declaring request may both call it.
     */
    public IncidentState adopt(IncidentRef incident, String actorKey, DeclareIncidentCommand command) {
        return adopt(incident, actorKey, command, null);
    }

    /** Like {@link #adopt(IncidentRef, String, DeclareIncidentCommand)}, with why it was declared on the entry. */
    public IncidentState adopt(IncidentRef incident, String actorKey, DeclareIncidentCommand command, String reason) {
        return retrying(incident, () -> {
            Optional<IncidentState> existing = states.find(incident.id());
            if (existing.isPresent()) {
                return existing.get();
            }
            Instant now = now();
            Instant declaredAt = declaredAt(command, now);
            Instant impactAt = command.impactStartedAt() == null ? null
                    : PastInstants.checked("impactStartedAt", command.impactStartedAt(), now);
            // Checked before anything is recorded: the timeline is evidence and keeps what is written to it.
            KeyInstants stated = impactAt == null ? KeyInstants.none() : KeyInstants.none().with(
                    KeyInstant.IMPACT_STARTED, new KeyInstantEntry(impactAt, 0, TimelineEventKind.KEY_INSTANT));
            resolver.resolve(firstState(incident, actorKey, command, declaredAt, 0, stated))
                    .requireOrdered("impactStartedAt");
            TimelineEvent declared = events.declared(incident, actorKey, declaredAt, command.severity(), reason);
            KeyInstants instants = KeyInstants.none();
            if (impactAt != null) {
                TimelineEvent impact = events.keyInstantSet(incident, actorKey, KeyInstant.IMPACT_STARTED, impactAt,
                        STATED_AT_DECLARATION);
                instants = instants.with(KeyInstant.IMPACT_STARTED, KeyInstantEntry.manual(impact));
            }
            if (command.personalDataBreach()) {
                events.personalDataBreachFlagged(incident, actorKey, declaredAt, STATED_AT_DECLARATION);
            }
            IncidentState state = DeadlineRules.atDeclaration(
                    firstState(incident, actorKey, command, declaredAt, declared.id(), instants),
                    policies.current().policy());
            state = state.withKeyInstants(resolver.resolve(state));
            states.insert(state);
            mirror.changed(null, state, actorKey);
            return state;
        });
    }

    /**
     * Refuses a transition the incident cannot take now: for host workflow validators, which must ask before the
     * host moves the issue.
     *
     * @throws IllegalTransitionException naming why, the current status and what is allowed instead
     */
    public void checkTransition(IncidentRef incident, IncidentTransition transition) {
        IncidentLifecycle.check(find(incident), transition, policies.current().policy());
    }

    /** @throws IllegalTransitionException when the incident cannot take the transition now (409) */
    public IncidentState transition(IncidentRef incident, String actorKey, TransitionIncidentCommand command) {
        return change(incident, actorKey, (current, next, policy, now) -> {
            IncidentLifecycle.check(current, command.transition(), policy);
            TimelineEvent entry = events.statusChanged(incident, actorKey, now, current.status(),
                    command.transition(), command.reason());
            return IncidentLifecycle.apply(next, command.transition(), KeyInstantEntry.derivedFrom(entry), policy);
        });
    }

    /**
     * Changes the severity; the same severity again changes nothing. The new level's deadlines apply from now.
     *
     * @throws ConflictException when the incident is closed or cancelled (409)
     */
    public IncidentState changeSeverity(IncidentRef incident, String actorKey, ChangeSeverityCommand command) {
        return change(incident, actorKey, (current, next, policy, now) -> {
            if (current.status().isTerminal()) {
                throw new ConflictException("incident_closed", incident.key() + " is "
                        + lower(current.status().label()) + "; its severity stays as it was.");
            }
            if (current.severity() == command.severity()) {
                return next;
            }
            events.severityChanged(incident, actorKey, now, current.severity(), command.severity(), command.reason());
            return DeadlineRules.afterSeverityChange(next.withSeverity(command.severity(), now), policy, now);
        });
    }

    /** Marks the incident as a game day or maintenance, or counts it again; the same value again changes nothing. */
    public IncidentState excludeFromMetrics(IncidentRef incident, String actorKey, ExcludeFromMetricsCommand command) {
        return change(incident, actorKey, (current, next, policy, now) -> {
            if (current.metricsExclusion().equals(Optional.ofNullable(command.exclusion()))) {
                return next;
            }
            events.exclusionChanged(incident, actorKey, now, command.exclusion(), command.reason());
            return next.withExclusion(command.exclusion());
        });
    }

    /**
     * Sets a key instant by hand, backdated as needed; the timeline entry keeps when it was recorded. Mitigated and
     * resolved can only be corrected once the lifecycle has set them.
     *
     * @throws InvalidInputException when the instant is in the future or breaks the order of key instants (400)
     * @throws ConflictException     when the incident has not reached mitigation or resolution yet (409)
     */
    public IncidentState setKeyInstant(IncidentRef incident, String actorKey, SetKeyInstantCommand command) {
        return change(incident, actorKey, (current, next, policy, now) -> {
            KeyInstant which = command.instant();
            Instant at = PastInstants.checked("at", command.at(), now);
            if (which.isSetByLifecycle() && current.keyInstants().get(which).isEmpty()) {
                throw new ConflictException("not_reached", incident.key() + " is not " + lower(which.label())
                        + " yet; the " + (which == KeyInstant.MITIGATED ? "mitigate or resolve" : "resolve")
                        + " transition sets that instant first.");
            }
            KeyInstantEntry provisional = new KeyInstantEntry(at, 0, TimelineEventKind.KEY_INSTANT);
            resolver.resolve(next.withKeyInstants(next.keyInstants().with(which, provisional))).requireOrdered("at");
            TimelineEvent entry = events.keyInstantSet(incident, actorKey, which, at, command.reason());
            IncidentState updated = next.withKeyInstants(next.keyInstants().with(which, KeyInstantEntry.manual(entry)));
            return which == KeyInstant.RESOLVED ? DeadlineRules.afterResolutionChange(updated, policy) : updated;
        });
    }

    /**
     * Records where the post-mortem is and its review status; publishing meets the post-mortem deadline. The same
     * link and status again change nothing.
     *
     * @throws ConflictException when the incident was cancelled, or was closed on a post-mortem that must stay
     *                           published (409)
     */
    public IncidentState recordPostmortem(IncidentRef incident, String actorKey, RecordPostmortemCommand command) {
        return change(incident, actorKey, (current, next, policy, now) -> {
            if (current.status() == IncidentStatus.CANCELLED) {
                throw new ConflictException("incident_cancelled", incident.key()
                        + " was cancelled as a false alarm; it has no post-mortem.");
            }
            if (current.status() == IncidentStatus.CLOSED && current.hasPublishedPostmortem()
                    && command.status() != PostmortemStatus.PUBLISHED && policy.of(current.severity()).requiresPostmortem()) {
                throw new ConflictException("postmortem_published", incident.key()
                        + " was closed on its published post-mortem, which stays published.");
            }
            PostmortemRecord previous = current.postmortem();
            if (previous != null && previous.url().equals(command.url()) && previous.status() == command.status()) {
                return next;
            }
            PostmortemRecord record = PostmortemRecord.next(previous, command.url(), command.status(), actorKey, now);
            events.postmortemRecorded(incident, actorKey, now, record);
            return DeadlineRules.afterPostmortemRecorded(next.withPostmortem(record));
        });
    }

    /**
     * Records that executives, or the supervisory authority, were notified.
     *
     * @throws ConflictException when the incident has no such deadline, or it is met already (409)
     */
    public IncidentState meetDeadline(IncidentRef incident, String actorKey, MeetDeadlineCommand command) {
        return change(incident, actorKey, (current, next, policy, now) -> {
            Deadline deadline = current.deadlines().get(command.clock()).orElseThrow(() -> new ConflictException(
                    "no_deadline", incident.key() + " has no " + lower(command.clock().label()) + " deadline."));
            if (deadline.isMet()) {
                throw new ConflictException("already_met", command.clock().label() + " of " + incident.key()
                        + " was recorded as done at " + deadline.metAt() + ".");
            }
            Instant at = PastInstants.checked("at", command.at(), now);
            events.deadlineMet(incident, actorKey, command.clock(), at, command.reason());
            return next.withDeadlines(next.deadlines().with(deadline.metAt(at)));
        });
    }

    /**
     * Flags the incident as a personal-data breach, starting the 72-hour GDPR clock from awareness.
     *
     * @throws ConflictException when it is flagged already, or was cancelled (409)
     */
    public IncidentState flagPersonalDataBreach(IncidentRef incident, String actorKey,
            FlagPersonalDataBreachCommand command) {
        return change(incident, actorKey, (current, next, policy, now) -> {
            if (current.isPersonalDataBreach()) {
                throw new ConflictException("already_flagged", incident.key()
                        + " is flagged as a personal-data breach already, aware since "
                        + current.personalDataBreachAwareAt() + ".");
            }
            if (current.status() == IncidentStatus.CANCELLED) {
                throw new ConflictException("incident_cancelled", incident.key() + " was cancelled as a false alarm.");
            }
            Instant aware = PastInstants.checked("awareAt", command.awareAt(), now);
            events.personalDataBreachFlagged(incident, actorKey, aware, command.reason());
            return DeadlineRules.afterBreachFlag(next.withPersonalDataBreachAwareAt(aware));
        });
    }

    /**
     * Stores the key instants derived from the timeline as they are now. For whatever appends alerts and pages to an
     * incident's timeline (webhooks), so that stored key instants, which metrics and searches read, follow.
     */
    public IncidentState refreshKeyInstants(IncidentRef incident) {
        return change(incident, null, (current, next, policy, now) -> next);
    }

    /** The next state, from a copy of the current one a version up; {@code next} itself when nothing changes. */
    private interface Change {
        IncidentState apply(IncidentState current, IncidentState next, ResponsePolicy policy, Instant now);
    }

    private IncidentState change(IncidentRef incident, String actorKey, Change change) {
        return retrying(incident, () -> {
            IncidentState current = find(incident);
            IncidentState base = current.nextVersion().withIncident(incident);
            Instant now = now();
            IncidentState next = change.apply(current, base, policies.current().policy(), now);
            next = next.withKeyInstants(resolver.resolve(next));
            if (next.equals(base)) {
                return current;
            }
            states.update(next);
            mirror.changed(current, next, actorKey);
            return next;
        });
    }

    /** Each attempt in a transaction of its own: on PostgreSQL, a lost race leaves its transaction unusable. */
    private IncidentState retrying(IncidentRef incident, Supplier<IncidentState> attempt) {
        for (int attempts = 1; ; attempts++) {
            try {
                return transactions.inTransaction(attempt);
            } catch (ConcurrentIncidentChangeException lostRace) {
                if (attempts >= MAX_ATTEMPTS) {
                    throw lostRace;
                }
            }
        }
    }

    private static IncidentState firstState(IncidentRef incident, String actorKey, DeclareIncidentCommand command,
            Instant declaredAt, long declaredEntryId, KeyInstants instants) {
        String commander = command.commanderKey() == null ? actorKey : command.commanderKey();
        return new IncidentState(incident, 1, command.severity(), declaredAt, IncidentStatus.DECLARED, declaredAt,
                actorKey, declaredEntryId, commander, instants, null, command.personalDataBreach() ? declaredAt : null,
                Deadlines.none());
    }

    private static Instant declaredAt(DeclareIncidentCommand command, Instant now) {
        Instant declaredAt = PastInstants.checked("declaredAt", command.declaredAt(), now);
        if (command.impactStartedAt() != null
                && PastInstants.checked("impactStartedAt", command.impactStartedAt(), now).isAfter(declaredAt)) {
            throw new InvalidInputException("impactStartedAt", "Impact cannot start after the declaration.");
        }
        return declaredAt;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String lower(String label) {
        return label.toLowerCase(Locale.ROOT);
    }
}
