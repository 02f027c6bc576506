package io.hindsight.postmortem;

import io.hindsight.postmortem.storage.ConfluenceMarkup;
import io.hindsight.postmortem.storage.StorageTag;
import io.hindsight.postmortem.storage.StorageWriter;
import io.hindsight.timeline.TimelineEvent;
import io.hindsight.timeline.TimelineEventKind;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Response and recovery: when the incident was acknowledged, mitigated and resolved, and what responders tried. */
final class ResponseSection implements PostmortemSection {

    private static final Set<TimelineEventKind> RESPONSE_ACTIONS = EnumSet.of(TimelineEventKind.DECISION,
            TimelineEventKind.FAILED_ATTEMPT, TimelineEventKind.ROLLBACK, TimelineEventKind.DEPLOY_STARTED,
            TimelineEventKind.DEPLOY_FINISHED, TimelineEventKind.FEATURE_FLAG_CHANGED, TimelineEventKind.CONFIG_CHANGED,
            TimelineEventKind.STATUS_PAGE_UPDATE, TimelineEventKind.PAGE_ESCALATED,
            TimelineEventKind.SEVERITY_CHANGED, TimelineEventKind.COMMANDER_CHANGED);

    private static final List<IncidentMeasure> STEPS = List.of(IncidentMeasure.TIME_TO_ACKNOWLEDGE,
            IncidentMeasure.TIME_TO_MITIGATE, IncidentMeasure.TIME_TO_RESOLVE);

    @Override
    public void write(PostmortemContext context, ConfluenceMarkup page) {
        StorageWriter out = page.writer();
        KeyInstants instants = context.input().keyInstants();
        out.element(StorageTag.H2, "Response and recovery");
        out.open(StorageTag.UL);
        for (IncidentMeasure step : STEPS) {
            out.open(StorageTag.LI).text(step.to().label() + ": ");
            instants.get(step.to()).ifPresentOrElse(instant -> out.text(PageText.utcMinutes(instant.at())),
                    () -> PageTables.missing(out, "not recorded"));
            out.text(" — " + step.label().toLowerCase(Locale.ROOT) + ": ");
            MetadataSection.measurement(out, context.measure(step));
            out.close();
        }
        out.close();
        List<TimelineEvent> actions = responseActions(context);
        if (actions.isEmpty()) {
            out.element(StorageTag.P, "No decisions, failed attempts, rollbacks or changes are recorded on the"
                    + " timeline between detection and resolution.");
        } else {
            out.element(StorageTag.P, "Decisions, attempts and changes recorded during the response, failed"
                    + " attempts included:");
            EventLines.list(page, actions, Limits.LISTED_RESPONSE_ACTIONS, "more in the timeline below.");
        }
        page.prompt("Describe how responders came to understand the problem, what they tried, what did not work"
                + " and why, and what restored service.");
    }

    private static List<TimelineEvent> responseActions(PostmortemContext context) {
        KeyInstants instants = context.input().keyInstants();
        Instant from = instants.get(KeyMoment.DETECTED).or(() -> instants.get(KeyMoment.IMPACT_STARTED))
                .map(KeyInstant::at).orElse(Instant.MIN);
        Instant to = instants.get(KeyMoment.RESOLVED).map(KeyInstant::at).orElse(Instant.MAX);
        return context.input().timeline().stream()
                .filter(event -> !event.isHidden() && RESPONSE_ACTIONS.contains(event.kind()))
                .filter(event -> !event.occurredAt().isBefore(from) && !event.occurredAt().isAfter(to))
                .sorted(Comparator.comparing(TimelineEvent::occurredAt).thenComparingLong(TimelineEvent::id))
                .toList();
    }
}
