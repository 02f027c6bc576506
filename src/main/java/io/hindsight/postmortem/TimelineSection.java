package io.hindsight.postmortem;

import io.hindsight.postmortem.storage.ConfluenceMarkup;
import io.hindsight.postmortem.storage.StorageTag;
import io.hindsight.postmortem.storage.StorageWriter;
import io.hindsight.postmortem.storage.XmlText;
import io.hindsight.timeline.TimelineEvent;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The key moments with their sources, the measured durations, and the timeline table (summarised when long). */
final class TimelineSection implements PostmortemSection {

    private static final int LISTED_KINDS_PER_FOLD = 4;

    @Override
    public void write(PostmortemContext context, ConfluenceMarkup page) {
        StorageWriter out = page.writer();
        out.element(StorageTag.H2, "Timeline");
        out.element(StorageTag.P, "All times are UTC.");
        keyMoments(context, page);
        durations(context, out);
        entries(context, page);
    }

    private static void keyMoments(PostmortemContext context, ConfluenceMarkup page) {
        StorageWriter out = page.writer();
        out.element(StorageTag.H3, "Key moments");
        PageTables.openTable(out, "Moment", "Time (UTC)", "Source", "Timeline entry");
        for (KeyMoment moment : KeyMoment.values()) {
            Optional<KeyInstant> instant = context.input().keyInstants().get(moment);
            out.open(StorageTag.TR);
            PageTables.textCell(out, moment.label());
            if (instant.isEmpty()) {
                PageTables.cell(out, cell -> PageTables.missing(cell, "not recorded"));
                PageTables.textCell(out, "");
                PageTables.textCell(out, "");
            } else {
                PageTables.textCell(out, PageText.utcSeconds(instant.get().at()));
                Optional<TimelineEvent> source = instant.get().sourceIfLinked();
                PageTables.textCell(out, source.map(event -> event.source().code()).orElse(""));
                PageTables.cell(out, cell -> source.ifPresentOrElse(event -> summaryWithEvidence(page, event),
                        () -> PageTables.missing(cell, "no timeline entry linked")));
            }
            out.close();
        }
        PageTables.closeTable(out);
    }

    private static void durations(PostmortemContext context, StorageWriter out) {
        out.element(StorageTag.H3, "Durations");
        PageTables.openTable(out, "Measure", "Value", "Computed as");
        for (IncidentMeasure measure : IncidentMeasure.values()) {
            Measurement measurement = context.measure(measure);
            out.open(StorageTag.TR);
            PageTables.textCell(out, measure.label());
            PageTables.textCell(out, measurement.display());
            String formula = measure.to().label() + " − " + measure.from().label();
            PageTables.textCell(out, measurement.valueIfKnown().isPresent()
                    ? formula : formula + "; unknown because " + measurement.unknownBecause());
            out.close();
        }
        PageTables.closeTable(out);
    }

    private static void entries(PostmortemContext context, ConfluenceMarkup page) {
        StorageWriter out = page.writer();
        TimelineSummary summary = context.timeline();
        Optional<String> fullTimeline = context.input().fullTimelineUrlIfKnown().filter(ConfluenceMarkup::isSafeUrl);
        out.element(StorageTag.H3, "Entries");
        if (summary.visibleEntries() == 0) {
            page.prompt("The timeline has no entries yet.");
            return;
        }
        out.open(StorageTag.P);
        if (summary.folded()) {
            out.text("The timeline has " + summary.visibleEntries() + " entries; this table shows "
                    + summary.rows().size() + " rows. ");
            out.text(summary.stateChangesFolded()
                    ? "Key instants are listed; there were too many state changes to list each one, so some are"
                    + " folded into counts with the routine entries. "
                    : "Every key moment and state change is listed; bursts and runs of routine entries are folded"
                    + " into one row with a count. ");
        }
        fullTimeline.ifPresentOrElse(url -> page.link(url, "Open the full timeline."),
                () -> out.text(summary.folded() ? "The full timeline is on the incident." : ""));
        out.close();
        PageTables.openTable(out, "Time (UTC)", "Entry", "Source", "Who", "What happened", "Evidence");
        for (TimelineRow row : summary.rows()) {
            if (row instanceof TimelineRow.Single single) {
                singleRow(page, single);
            } else {
                foldedRow(page, (TimelineRow.Folded) row, fullTimeline);
            }
        }
        PageTables.closeTable(out);
    }

    private static void singleRow(ConfluenceMarkup page, TimelineRow.Single row) {
        StorageWriter out = page.writer();
        TimelineEvent event = row.event();
        out.open(StorageTag.TR);
        PageTables.textCell(out, PageText.utcSeconds(event.occurredAt()));
        PageTables.cell(out, cell -> row.moment().ifPresentOrElse(
                moment -> cell.element(StorageTag.STRONG, moment.label()).text(" (" + event.kind().code() + ")"),
                () -> cell.text(event.kind().code())));
        PageTables.textCell(out, event.source().code());
        PageTables.cell(out, cell -> {
            if (event.actorKey() != null && !event.actorKey().isBlank()) {
                page.mention(event.actorKey());
            }
        });
        PageTables.cell(out, cell -> {
            cell.text(XmlText.truncate(event.summary(), Limits.LINE));
            if (event.isBackdated()) {
                cell.text(" (recorded " + PageText.utcSeconds(event.recordedAt()) + ")");
            }
        });
        PageTables.cell(out, cell -> {
            if (ConfluenceMarkup.isSafeUrl(event.evidenceLink())) {
                page.link(event.evidenceLink(), "evidence");
            }
        });
        out.close();
    }

    private static void foldedRow(ConfluenceMarkup page, TimelineRow.Folded row, Optional<String> fullTimeline) {
        StorageWriter out = page.writer();
        out.open(StorageTag.TR);
        PageTables.textCell(out, PageText.utcSeconds(row.start()) + " – " + endTime(row.start(), row.end()));
        PageTables.cell(out, cell -> cell.element(StorageTag.STRONG, row.events().size() + " entries folded"));
        PageTables.textCell(out, row.events().stream().map(event -> event.source().code()).distinct().limit(3)
                .collect(Collectors.joining(", ")));
        PageTables.textCell(out, "");
        PageTables.textCell(out, kindCounts(row) + " First: “" + XmlText.truncate(row.first().summary(), Limits.LINE)
                + "”. Last: “" + XmlText.truncate(row.last().summary(), Limits.LINE) + "”.");
        PageTables.cell(out, cell -> fullTimeline.ifPresent(url -> page.link(url, "full timeline")));
        out.close();
    }

    private static String endTime(Instant start, Instant end) {
        boolean sameDay = start.atOffset(ZoneOffset.UTC).toLocalDate().equals(end.atOffset(ZoneOffset.UTC).toLocalDate());
        return sameDay ? PageText.clock(end) : PageText.utcSeconds(end);
    }

    private static String kindCounts(TimelineRow.Folded row) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (TimelineEvent event : row.events()) {
            counts.merge(event.kind().code(), 1, Integer::sum);
        }
        String listed = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(LISTED_KINDS_PER_FOLD)
                .map(entry -> entry.getValue() + " × " + entry.getKey())
                .collect(Collectors.joining(", "));
        int otherKinds = counts.size() - LISTED_KINDS_PER_FOLD;
        return otherKinds > 0 ? listed + " and " + otherKinds + " other kinds." : listed + ".";
    }

    private static void summaryWithEvidence(ConfluenceMarkup page, TimelineEvent event) {
        page.writer().text(XmlText.truncate(event.summary(), Limits.LINE));
        if (ConfluenceMarkup.isSafeUrl(event.evidenceLink())) {
            page.writer().text(" ");
            page.link(event.evidenceLink(), "evidence");
        }
    }
}
