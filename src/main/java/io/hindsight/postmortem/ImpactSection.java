package io.hindsight.postmortem;

import io.hindsight.postmortem.storage.ConfluenceMarkup;
import io.hindsight.postmortem.storage.StorageTag;
import io.hindsight.postmortem.storage.StorageWriter;
import io.hindsight.postmortem.storage.XmlText;
import java.util.stream.Collectors;

/** Users affected, services, revenue, SLO and error budget, as recorded on the incident. */
final class ImpactSection implements PostmortemSection {

    private static final String MISSING = "Not recorded. Add it, or say why it is unknown.";
    private static final int LISTED_SERVICES = 50;

    @Override
    public void write(PostmortemContext context, ConfluenceMarkup page) {
        Impact impact = context.input().impact();
        StorageWriter out = page.writer();
        out.element(StorageTag.H2, "Impact");
        PageTables.openTable(out);
        row(out, "Users affected", impact.usersAffected());
        row(out, "Services affected", impact.services().isEmpty() ? null : services(impact));
        row(out, "Revenue", impact.revenue());
        row(out, "SLO and error budget", impact.sloErrorBudget());
        PageTables.closeTable(out);
    }

    static String services(Impact impact) {
        String listed = impact.services().stream()
                .limit(LISTED_SERVICES)
                .map(service -> XmlText.truncate(service, Limits.NAME))
                .collect(Collectors.joining(", "));
        int more = impact.services().size() - LISTED_SERVICES;
        return more > 0 ? listed + " and " + more + " more" : listed;
    }

    private static void row(StorageWriter out, String key, String value) {
        PageTables.keyValueRow(out, key, cell -> {
            if (value == null || value.isBlank()) {
                PageTables.missing(cell, MISSING);
            } else {
                cell.text(XmlText.truncate(value, Limits.PARAGRAPH));
            }
        });
    }
}
