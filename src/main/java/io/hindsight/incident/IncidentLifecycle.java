package io.hindsight.incident;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules on top of the {@link IncidentTransition} table: the conditions some transitions have beyond the status
 * they leave from, and what each transition does to an incident's state. Workflow validators in the hosts ask the
 * same questions through {@link IncidentService}, so no path can bypass them.
 */
public final class IncidentLifecycle {

    private IncidentLifecycle() {
    }

    /** The transitions the incident can take now, in table order: allowed from its status and not held back. */
    public static List<IncidentTransition> available(IncidentState state, ResponsePolicy policy) {
        return Arrays.stream(IncidentTransition.values())
                .filter(transition -> refusal(state, transition, policy).isEmpty())
                .toList();
    }

    /** Why the incident cannot take {@code transition} now, as a sentence; empty when it can. */
    public static Optional<String> refusal(IncidentState state, IncidentTransition transition, ResponsePolicy policy) {
        if (!transition.isAllowedFrom(state.status())) {
            return Optional.of("the lifecycle allows " + transition.label().toLowerCase(Locale.ROOT)
                    + " only from " + transition.from().stream().map(IncidentStatus::label).toList() + ".");
        }
        if (transition == IncidentTransition.CLOSE && policy.of(state.severity()).requiresPostmortem()
                && !state.hasPublishedPostmortem()) {
            return Optional.of("a " + state.severity().code() + " incident needs a published post-mortem before it"
                    + " can be closed; record the post-mortem's link with the status published first.");
        }
        if (transition == IncidentTransition.SUBMIT_POSTMORTEM && state.postmortemRecord().isEmpty()) {
            return Optional.of("there is no post-mortem to review yet; record the post-mortem's link first.");
        }
        return Optional.empty();
    }

    /**
     * Refuses a transition the incident cannot take now.
     *
     * @throws IllegalTransitionException naming why, the current status and the transitions available instead
     */
    public static void check(IncidentState state, IncidentTransition transition, ResponsePolicy policy) {
        Optional<String> refusal = refusal(state, transition, policy);
        if (refusal.isPresent()) {
            throw new IllegalTransitionException(state.incident().key(), state.status(), transition, refusal.get(),
                    available(state, policy));
        }
    }

    /**
     * The state after {@code transition}, which {@link #check} allowed; {@code statusEntry} is the
     * {@code status-changed} timeline entry that records it and becomes the source of the key instants it sets.
     *
     * <ul>
     *   <li>mitigate sets mitigated; resolve sets resolved, and mitigated too if the incident skipped mitigation;</li>
     *   <li>reopen clears both, and the post-mortem deadline with them: the impact is back;</li>
     *   <li>cancel (a false alarm) stops every deadline not yet met.</li>
     * </ul>
     */
    public static IncidentState apply(IncidentState state, IncidentTransition transition, KeyInstantEntry statusEntry,
            ResponsePolicy policy) {
        IncidentState next = state.withStatus(transition.to());
        KeyInstants instants = next.keyInstants();
        switch (transition) {
            case MITIGATE -> next = next.withKeyInstants(instants.with(KeyInstant.MITIGATED, statusEntry));
            case RESOLVE -> {
                if (instants.get(KeyInstant.MITIGATED).isEmpty()) {
                    instants = instants.with(KeyInstant.MITIGATED, statusEntry);
                }
                next = next.withKeyInstants(instants.with(KeyInstant.RESOLVED, statusEntry));
                next = DeadlineRules.afterResolutionChange(next, policy);
            }
            case REOPEN -> {
                next = next.withKeyInstants(instants.without(KeyInstant.MITIGATED).without(KeyInstant.RESOLVED));
                next = DeadlineRules.afterResolutionChange(next, policy);
            }
            case CANCEL -> next = DeadlineRules.afterCancel(next);
            default -> {
                // start-investigation, submit-postmortem and close change the status only.
            }
        }
        return next;
    }
}
