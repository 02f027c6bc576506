package io.hindsight.postmortem;

import io.hindsight.postmortem.storage.ConfluenceMarkup;
import io.hindsight.postmortem.storage.StorageTag;
import io.hindsight.postmortem.storage.StorageWriter;
import io.hindsight.postmortem.storage.XmlText;
import io.hindsight.timeline.TimelineEvent;
import io.hindsight.timeline.TimelineEventKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Trigger, root cause and contributing factors: the changes recorded just before impact (as evidence to examine,
 * not as a conclusion), prompts for the analysis, and a Five Whys table to fill in.
 */
final class RootCauseSection implements PostmortemSection {

    static final Duration CHANGE_WINDOW = Duration.ofHours(2);
    private static final Set<TimelineEventKind> CHANGES = EnumSet.of(TimelineEventKind.DEPLOY_STARTED,
            TimelineEventKind.DEPLOY_FINISHED, TimelineEventKind.ROLLBACK, TimelineEventKind.FEATURE_FLAG_CHANGED,
            TimelineEventKind.CONFIG_CHANGED);
    private static final int WHYS = 5;

    @Override
    public void write(PostmortemContext context, ConfluenceMarkup page) {
        StorageWriter out = page.writer();
        out.element(StorageTag.H2, "Trigger, root cause and contributing factors");
        out.element(StorageTag.H3, "Trigger");
        Optional<KeyInstant> impactStarted = context.input().keyInstants().get(KeyMoment.IMPACT_STARTED);
        if (impactStarted.isEmpty()) {
            out.element(StorageTag.P, "Impact start is not recorded, so the changes before it cannot be listed.");
        } else {
            List<TimelineEvent> changes = changesBefore(context.input().timeline(), impactStarted.get().at());
            if (changes.isEmpty()) {
                out.element(StorageTag.P, "No deploys, rollbacks, configuration or feature-flag changes are recorded"
                        + " in the two hours before impact started.");
            } else {
                out.element(StorageTag.P, "Changes recorded in the two hours before impact started, as evidence to"
                        + " examine rather than conclusions:");
                EventLines.list(page, changes, Limits.LISTED_CHANGES, "more in the timeline.");
            }
        }
        page.prompt("What set the incident off? Name the change or condition, with its evidence.");
        out.element(StorageTag.H3, "Root cause");
        page.prompt("What condition in the system made this failure possible? Keep asking why until the answer is"
                + " something a change to a system or a process can fix.");
        out.element(StorageTag.H3, "Contributing factors");
        page.prompt("What made the impact larger or longer: detection, tooling, documentation, load, timing?");
        out.element(StorageTag.H3, "Five Whys");
        fiveWhys(context, out);
    }

    private static List<TimelineEvent> changesBefore(List<TimelineEvent> timeline, Instant impactStarted) {
        Instant from = impactStarted.minus(CHANGE_WINDOW);
        return timeline.stream()
                .filter(event -> !event.isHidden() && CHANGES.contains(event.kind()))
                .filter(event -> !event.occurredAt().isBefore(from) && !event.occurredAt().isAfter(impactStarted))
                .sorted(Comparator.comparing(TimelineEvent::occurredAt).thenComparingLong(TimelineEvent::id))
                .toList();
    }

    private static void fiveWhys(PostmortemContext context, StorageWriter out) {
        PageTables.openTable(out, "#", "Why?", "Because");
        String summary = XmlText.truncate(context.input().incident().summary(), Limits.LINE);
        for (int why = 1; why <= WHYS; why++) {
            out.open(StorageTag.TR);
            PageTables.textCell(out, Integer.toString(why));
            PageTables.textCell(out, why == 1 && !summary.isBlank()
                    ? "Why did this happen: “" + summary + "”?" : "Why?");
            PageTables.cell(out, cell -> PageTables.missing(cell, "Answer from the evidence."));
            out.close();
        }
        PageTables.closeTable(out);
    }
}
