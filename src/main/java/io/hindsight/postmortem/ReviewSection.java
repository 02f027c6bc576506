package io.hindsight.postmortem;

import io.hindsight.postmortem.storage.ConfluenceMarkup;
import io.hindsight.postmortem.storage.StorageTag;
import io.hindsight.postmortem.storage.StorageWriter;

/** The review and approval record: the post-mortem's status and one row per reviewer to fill in. */
final class ReviewSection implements PostmortemSection {

    @Override
    public void write(PostmortemContext context, ConfluenceMarkup page) {
        StorageWriter out = page.writer();
        PostmortemInput input = context.input();
        out.element(StorageTag.H2, "Review and approval record");
        out.open(StorageTag.P).text("Status: ");
        page.statusLozenge(Lozenges.colour(input.status()), input.status().title());
        out.close();
        if (input.people().reviewers().isEmpty()) {
            page.prompt("Name at least one reviewer.");
            return;
        }
        PageTables.openTable(out, "Reviewer", "Decision", "Date", "Comments");
        for (Person reviewer : input.people().reviewers()) {
            out.open(StorageTag.TR);
            PageTables.cell(out, cell -> page.mention(reviewer.userKey()));
            PageTables.cell(out, cell -> PageTables.missing(cell, "pending"));
            PageTables.textCell(out, "");
            PageTables.textCell(out, "");
            out.close();
        }
        PageTables.closeTable(out);
    }
}
