package io.hindsight.postmortem;

import io.hindsight.postmortem.storage.ConfluenceMarkup;
import io.hindsight.postmortem.storage.StorageTag;
import io.hindsight.postmortem.storage.StorageWriter;
import io.hindsight.postmortem.storage.XmlText;
import java.util.List;

/** Earlier incidents that look related, so a repeat is seen as one. */
final class RecurrenceSection implements PostmortemSection {

    private static final int LISTED_INCIDENTS = 20;

    @Override
    public void write(PostmortemContext context, ConfluenceMarkup page) {
        StorageWriter out = page.writer();
        List<RelatedIncident> related = context.input().relatedIncidents();
        out.element(StorageTag.H2, "Recurrence");
        if (related.isEmpty()) {
            out.element(StorageTag.P, "No related past incidents were found.");
        } else {
            out.element(StorageTag.P, "Earlier incidents that look related:");
            PageTables.openTable(out, "Incident", "Summary", "Resolved", "Why it looks related");
            related.stream().limit(LISTED_INCIDENTS).forEach(incident -> {
                out.open(StorageTag.TR);
                PageTables.cell(out, cell -> page.jiraIssue(incident.key()));
                PageTables.textCell(out, XmlText.truncate(incident.summary(), Limits.LINE));
                PageTables.textCell(out, incident.resolvedAtIfKnown().map(PageText::utcMinutes).orElse(""));
                PageTables.textCell(out, XmlText.truncate(incident.relation(), Limits.LINE));
                out.close();
            });
            PageTables.closeTable(out);
            if (related.size() > LISTED_INCIDENTS) {
                out.element(StorageTag.P, "… and " + (related.size() - LISTED_INCIDENTS) + " more.");
            }
        }
        page.prompt("Is this a repeat? If an earlier action item was meant to prevent it, say which one and what"
                + " it did not cover.");
    }
}
