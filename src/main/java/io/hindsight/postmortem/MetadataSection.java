package io.hindsight.postmortem;

import io.hindsight.postmortem.storage.ConfluenceMarkup;
import io.hindsight.postmortem.storage.StorageTag;
import io.hindsight.postmortem.storage.StorageWriter;
import io.hindsight.postmortem.storage.XmlText;
import java.util.List;
import java.util.Optional;

/**
 * The page properties (a {@code details} macro, so a page-properties report can list post-mortems), the note on
 * blameless language, and the table of contents.
 */
final class MetadataSection implements PostmortemSection {

    static final String POSTMORTEM_STATUS_KEY = "Post-mortem status";
    private static final int LISTED_PEOPLE = 100;

    @Override
    public void write(PostmortemContext context, ConfluenceMarkup page) {
        PostmortemInput input = context.input();
        page.richTextMacro("details", out -> {
            PageTables.openTable(out);
            PageTables.keyValueRow(out, "Incident", cell -> page.jiraIssue(input.incident().key()));
            PageTables.keyValueRow(out, "Summary",
                    cell -> cell.text(XmlText.truncate(input.incident().summary(), Limits.PARAGRAPH)));
            PageTables.keyValueRow(out, "Severity", cell -> page.statusLozenge(
                    Lozenges.colour(input.severity()), input.severity().code()));
            PageTables.keyValueRow(out, "Incident status", cell -> textOrMissing(cell,
                    XmlText.truncate(input.incidentStatus(), Limits.NAME), "not recorded"));
            PageTables.keyValueRow(out, POSTMORTEM_STATUS_KEY, cell -> page.statusLozenge(
                    Lozenges.colour(input.status()), input.status().title()));
            PageTables.keyValueRow(out, "Post-mortem owner",
                    cell -> person(page, input.people().ownerIfKnown(), "not assigned"));
            PageTables.keyValueRow(out, "Incident commander",
                    cell -> person(page, input.people().commanderIfKnown(), "not recorded"));
            PageTables.keyValueRow(out, "Reviewers", cell -> people(page, input.people().reviewers(), "none yet"));
            PageTables.keyValueRow(out, "Participants",
                    cell -> people(page, input.people().participants(), "not recorded"));
            instantRow(out, "Impact started", input.keyInstants(), KeyMoment.IMPACT_STARTED);
            instantRow(out, "Resolved", input.keyInstants(), KeyMoment.RESOLVED);
            PageTables.keyValueRow(out, IncidentMeasure.INCIDENT_DURATION.label(),
                    cell -> measurement(cell, context.measure(IncidentMeasure.INCIDENT_DURATION)));
            PageTables.keyValueRow(out, "Generated", cell -> cell.text(PageText.utcMinutes(context.generatedAt())));
            PageTables.closeTable(out);
        });
        page.panel("info", out -> {
            out.open(StorageTag.P).element(StorageTag.STRONG, "This post-mortem is blameless.")
                    .text(" It looks for what in our systems, tools and processes made the incident possible, so"
                            + " that it is less likely to happen again.")
                    .close();
            out.element(StorageTag.P, "People appear as context: who did what, and when (“Sam deployed build 4127"
                    + " at 14:32 UTC”), never as the cause. Where a sentence makes a person the source of a"
                    + " fault, describe the condition instead: “the deploy process did not include a"
                    + " configuration check”.");
        });
        page.tableOfContents();
    }

    static void person(ConfluenceMarkup page, Optional<Person> person, String whenMissing) {
        person.ifPresentOrElse(known -> page.mention(known.userKey()),
                () -> PageTables.missing(page.writer(), whenMissing));
    }

    static void people(ConfluenceMarkup page, List<Person> people, String whenNone) {
        if (people.isEmpty()) {
            PageTables.missing(page.writer(), whenNone);
            return;
        }
        int listed = Math.min(people.size(), LISTED_PEOPLE);
        for (int i = 0; i < listed; i++) {
            if (i > 0) {
                page.writer().text(", ");
            }
            page.mention(people.get(i).userKey());
        }
        if (people.size() > listed) {
            page.writer().text(" and " + (people.size() - listed) + " more");
        }
    }

    static void measurement(StorageWriter out, Measurement measurement) {
        if (measurement.valueIfKnown().isPresent()) {
            out.text(measurement.display());
        } else {
            PageTables.missing(out, "unknown: " + measurement.unknownBecause());
        }
    }

    private static void instantRow(StorageWriter out, String key, KeyInstants instants, KeyMoment moment) {
        PageTables.keyValueRow(out, key, cell -> instants.get(moment).ifPresentOrElse(
                instant -> cell.text(PageText.utcMinutes(instant.at())),
                () -> PageTables.missing(cell, "not recorded")));
    }

    private static void textOrMissing(StorageWriter out, String text, String whenMissing) {
        if (text.isBlank()) {
            PageTables.missing(out, whenMissing);
        } else {
            out.text(text);
        }
    }
}
