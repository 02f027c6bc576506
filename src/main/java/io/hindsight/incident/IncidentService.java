package io.hindsight.incident;

import io.hindsight.platform.CurrentUser;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The incident use cases as a signed-in user calls them: declare, read, transition, change severity, set key instants,
 * record the post-mortem, record a deadline met, flag a personal-data breach. Every call goes through
 * {@link IncidentAccess} first: an incident the user may not see does not exist (404), one they may only see refuses
 * changes (403). The changes themselves are {@link IncidentChanges}'.
 *
 * <p>Not final only so that each host can declare it as a product-filtered component by subclassing.
 */
public class IncidentService {

    private final IncidentAccess access;
    private final IncidentCreator creator;
    private final IncidentChanges changes;
    private final KeyInstantResolver resolver;
    private final ResponsePolicyService policies;
    private final CurrentUser currentUser;
    private final Clock clock;

    public IncidentService(IncidentAccess access, IncidentCreator creator, IncidentChanges changes,
            KeyInstantResolver resolver, ResponsePolicyService policies, CurrentUser currentUser, Clock clock) {
        this.access = access;
        this.creator = creator;
        this.changes = changes;
        this.resolver = resolver;
        this.policies = policies;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Declares an incident as the current user: the host creates its record, Hindsight starts tracking it.
     * Errors: 400 for bad input; 401 for anonymous callers; 403 when the user may not create incidents in the
     * project; 404 when the project does not exist or the user may not see it.
     */
    public IncidentView declare(DeclareIncidentCommand command) {
        Objects.requireNonNull(command, "command");
        String actor = currentUser.requireUserKey();
        changes.checkDeclaration(command);
        String commander = command.commanderKey() == null ? actor : command.commanderKey();
        IncidentRef incident = creator.create(actor,
                new NewIncident(command.projectKey(), command.summary(), command.severity(), commander));
        return view(changes.adopt(incident, actor, command));
    }

    /** The incident now. Errors: 400 for a malformed key; 404 when it does not exist or the user may not see it. */
    public IncidentView get(String incidentKey) {
        return view(changes.find(access.forViewing(incidentKey)));
    }

    /** Errors: those of {@link #edit}; 409 when the incident cannot take the transition now, saying why. */
    public IncidentView transition(String incidentKey, TransitionIncidentCommand command) {
        return edit(incidentKey, command, changes::transition);
    }

    /** Errors: those of {@link #edit}; 409 when the incident is closed or cancelled. */
    public IncidentView changeSeverity(String incidentKey, ChangeSeverityCommand command) {
        return edit(incidentKey, command, changes::changeSeverity);
    }

    /**
     * Errors: those of {@link #edit}; 400 when the instant is in the future or out of order with the other key
     * instants; 409 when the incident has not reached mitigation or resolution yet.
     */
    public IncidentView setKeyInstant(String incidentKey, SetKeyInstantCommand command) {
        return edit(incidentKey, command, changes::setKeyInstant);
    }

    /** Errors: those of {@link #edit}; 409 when the incident was cancelled, or closed on its published post-mortem. */
    public IncidentView recordPostmortem(String incidentKey, RecordPostmortemCommand command) {
        return edit(incidentKey, command, changes::recordPostmortem);
    }

    /** Errors: those of {@link #edit}; 409 when the incident has no such deadline or it is met already. */
    public IncidentView meetDeadline(String incidentKey, MeetDeadlineCommand command) {
        return edit(incidentKey, command, changes::meetDeadline);
    }

    /** Errors: those of {@link #edit}; 409 when the incident is flagged already or was cancelled. */
    public IncidentView flagPersonalDataBreach(String incidentKey, FlagPersonalDataBreachCommand command) {
        return edit(incidentKey, command, changes::flagPersonalDataBreach);
    }

    /** Errors: those of {@link #edit}. */
    public IncidentView excludeFromMetrics(String incidentKey, ExcludeFromMetricsCommand command) {
        return edit(incidentKey, command, changes::excludeFromMetrics);
    }

    /** How a reader sees {@code state} now, with the timeline-derived key instants read afresh. */
    public IncidentView view(IncidentState state) {
        return IncidentView.of(state, resolver.resolve(state), policies.current().policy(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }

    /**
     * Applies a change as the current user. Errors common to every change: 400 for a malformed key or bad input;
     * 401 for anonymous callers; 403 when the user may see but not change the incident; 404 when it does not exist or
     * the user may not see it; 409 when someone else changed it at the same moment.
     */
    private <C> IncidentView edit(String incidentKey, C command, Change<C> change) {
        Objects.requireNonNull(command, "command");
        IncidentRef incident = access.forEditing(incidentKey);
        return view(change.apply(incident, currentUser.requireUserKey(), command));
    }

    @FunctionalInterface
    private interface Change<C> {
        IncidentState apply(IncidentRef incident, String actorKey, C command);
    }
}
