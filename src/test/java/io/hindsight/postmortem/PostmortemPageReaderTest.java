package io.hindsight.postmortem;

import static io.hindsight.postmortem.PostmortemInputs.LENA;
import static io.hindsight.postmortem.PostmortemInputs.MAREK;
import static io.hindsight.postmortem.PostmortemInputs.PRIYA;
import static io.hindsight.postmortem.PostmortemInputs.SAM;
import static io.hindsight.postmortem.PostmortemInputs.aRealisticSev1;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.hindsight.postmortem.ActionItemChanges.MatchedBy;
import io.hindsight.postmortem.storage.MalformedStorageException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.Test;

public class PostmortemPageReaderTest {

    private final PostmortemInput input = aRealisticSev1().build();
    private final String page = new PostmortemComposer(Clock.fixed(Instant.parse("2026-03-15T08:00:00Z"),
            ZoneOffset.UTC)).compose(input).body();
    private final List<Person> people = input.people().everyone().collect(Collectors.toList());
    private final PostmortemPageReader reader = new PostmortemPageReader();
    private final ActionItemMatcher matcher = new ActionItemMatcher();

    @Test
    public void read_generatedPageGivesBackEveryItemAndTheStatus() {
        PageReading reading = reader.read(page, people);

        assertEquals(PostmortemStatus.DRAFT, reading.statusIfFound().orElseThrow());
        assertEquals(5, reading.actionItems().size());
        PageActionItem first = reading.actionItems().get(0);
        assertEquals(new PageActionItem("AI-1", "Validate timeout values in the configuration pipeline before rollout",
                SAM, null, LocalDate.parse("2026-03-21"), false, ActionItemPriority.HIGH, ActionItemType.SHORT_TERM,
                "OPS-311"), first);
        PageActionItem unassigned = reading.actionItems().get(3);
        assertNull(unassigned.ownerUserKey());
        assertNull(unassigned.ownerText());
        assertNull(unassigned.due());
        assertNull(unassigned.jiraKey());
        ActionItemChanges changes = matcher.match(input.actionItems(), reading.actionItems());
        assertEquals(5, changes.matched().size());
        assertTrue(changes.matched().stream().allMatch(match -> match.matchedBy() == MatchedBy.ANCHOR));
    }

    @Test
    public void read_findsItemsAfterRowsAreReordered() {
        String edited = PageEdits.of(page).moveRowToTop("AI-5").moveRowToTop("AI-3").body();

        PageReading reading = reader.read(edited, people);

        assertEquals(List.of("AI-3", "AI-5", "AI-1", "AI-2", "AI-4"),
                reading.actionItems().stream().map(PageActionItem::itemId).toList());
        assertEquals(5, matcher.match(input.actionItems(), reading.actionItems()).matched().size());
    }

    @Test
    public void read_ignoresFormattingInCells() {
        String edited = PageEdits.of(page)
                .inRow("AI-1", "<td>High</td>", "<td><strong>High</strong></td>")
                .inRow("AI-2", "<td>immediate</td>", "<td><span style=\"color: rgb(255,0,0);\"><em>Immediate</em></span></td>")
                .inRow("AI-3", "Roll configuration changes", "<strong>Roll</strong> configuration <span>changes</span>")
                .body();

        List<PageActionItem> items = reader.read(edited, people).actionItems();

        assertEquals(ActionItemPriority.HIGH, items.get(0).priority());
        assertEquals(ActionItemType.IMMEDIATE, items.get(1).type());
        assertEquals("Roll configuration changes out region by region with automatic halt", items.get(2).summary());
    }

    @Test
    public void read_reportsDeletedRowAsRemoved() {
        String edited = PageEdits.of(page).deleteRow("AI-3").body();

        ActionItemChanges changes = matcher.match(input.actionItems(), reader.read(edited, people).actionItems());

        assertEquals(4, changes.matched().size());
        assertEquals(List.of("AI-3"), changes.removed().stream().map(ActionItem::id).toList());
        assertTrue(changes.added().isEmpty());
    }

    @Test
    public void read_resolvesOwnerTypedAsTextToKnownPerson() {
        String edited = PageEdits.of(page)
                .inRow("AI-2", "<ac:link><ri:user ri:userkey=\"" + PRIYA + "\"/></ac:link>", "Lena Fischer")
                .inRow("AI-5", "<ac:link><ri:user ri:userkey=\"" + LENA + "\"/></ac:link>", "the platform team")
                .body();

        List<PageActionItem> items = reader.read(edited, people).actionItems();

        assertEquals("Lena Fischer", items.get(1).ownerText());
        assertEquals(LENA, items.get(1).ownerUserKey());
        assertEquals("the platform team", items.get(4).ownerText());
        assertNull(items.get(4).ownerUserKey());
        assertEquals(LocalDate.parse("2026-03-18"), items.get(1).due());
    }

    @Test
    public void read_seesTaskTurnedComplete() {
        String edited = PageEdits.of(page)
                .inRow("AI-2", "<ac:task-status>incomplete</ac:task-status>", "<ac:task-status>complete</ac:task-status>")
                .body();

        List<PageActionItem> items = reader.read(edited, people).actionItems();

        assertTrue(items.get(1).complete());
        assertFalse(items.get(0).complete());
    }

    @Test
    public void read_reportsAddedTaskAsAdded() {
        String addedRow = "<tr><td><ac:task-list><ac:task><ac:task-id>9</ac:task-id>"
                + "<ac:task-status>incomplete</ac:task-status><ac:task-body>Page the payments on-call for card-network"
                + " latency alerts <ac:link><ri:user ri:userkey=\"" + MAREK + "\"/></ac:link>"
                + " <time datetime=\"2026-03-25\"/></ac:task-body></ac:task></ac:task-list></td>"
                + "<td>High</td><td>Immediate</td><td></td></tr>\n";
        String edited = PageEdits.of(page).addRowAfter("AI-2", addedRow).body();

        ActionItemChanges changes = matcher.match(input.actionItems(), reader.read(edited, people).actionItems());

        assertEquals(1, changes.added().size());
        PageActionItem added = changes.added().get(0);
        assertEquals("Page the payments on-call for card-network latency alerts", added.summary());
        assertEquals(MAREK, added.ownerUserKey());
        assertEquals(LocalDate.parse("2026-03-25"), added.due());
        assertEquals(ActionItemPriority.HIGH, added.priority());
        assertNull(added.itemId());
        assertEquals(5, changes.matched().size());
    }

    @Test
    public void read_findsTaskAddedInsideAnExistingCell() {
        String secondTask = "</ac:task>\n<ac:task><ac:task-id>10</ac:task-id><ac:task-status>incomplete</ac:task-status>"
                + "<ac:task-body>Share the timeout findings with the card team</ac:task-body>";
        String edited = PageEdits.of(page).inRow("AI-3", "</ac:task-body>\n</ac:task>",
                "</ac:task-body>\n" + secondTask + "</ac:task>").body();

        List<PageActionItem> items = reader.read(edited, people).actionItems();

        assertEquals(6, items.size());
        assertEquals(ActionItemPriority.MEDIUM, items.get(2).priority());
        assertEquals(new PageActionItem(null, "Share the timeout findings with the card team", null, null, null, false,
                null, null, null), items.get(3));
    }

    @Test
    public void read_takesARowWithoutATaskAsAnItemWhenTheHeaderNamesTheActionColumn() {
        String addedRow = "<tr><td><p>Write a game-day scenario for card-network timeouts</p></td>"
                + "<td>Low</td><td>process</td><td>OPS-400</td></tr>\n";
        String edited = PageEdits.of(page).addRowAfter("AI-5", addedRow).body();

        List<PageActionItem> items = reader.read(edited, people).actionItems();

        assertEquals(6, items.size());
        assertEquals(new PageActionItem(null, "Write a game-day scenario for card-network timeouts", null, null, null,
                false, ActionItemPriority.LOW, ActionItemType.PROCESS, "OPS-400"), items.get(5));
    }

    @Test
    public void match_fallsBackToJiraKeyThenSummaryWhenAnchorIsLost() {
        String edited = PageEdits.of(page)
                .inRow("AI-1", "hindsight-action-AI-1", "something-else")
                .inRow("AI-3", "<ac:parameter ac:name=\"\">hindsight-action-AI-3</ac:parameter>", "")
                .inRow("AI-5", "Review timeout defaults in the shared HTTP client library",
                        "Review the timeout defaults in our shared HTTP client library")
                .inRow("AI-5", "<ac:parameter ac:name=\"\">hindsight-action-AI-5</ac:parameter>", "")
                .body();

        ActionItemChanges changes = matcher.match(input.actionItems(), reader.read(edited, people).actionItems());

        assertEquals(5, changes.matched().size());
        assertEquals(List.of(MatchedBy.JIRA_KEY, MatchedBy.ANCHOR, MatchedBy.SAME_SUMMARY, MatchedBy.ANCHOR,
                MatchedBy.SIMILAR_SUMMARY), changes.matched().stream().map(ActionItemChanges.Match::matchedBy).toList());
    }

    @Test
    public void match_treatsACopiedAnchorAsAddedItem() {
        String copy = "<tr><td><ac:task-list><ac:task><ac:task-id>12</ac:task-id>"
                + "<ac:task-status>incomplete</ac:task-status><ac:task-body><ac:structured-macro ac:name=\"anchor\">"
                + "<ac:parameter ac:name=\"\">hindsight-action-AI-2</ac:parameter></ac:structured-macro>"
                + "Document the per-network alert thresholds</ac:task-body></ac:task></ac:task-list></td>"
                + "<td>Low</td><td>process</td><td></td></tr>\n";
        String edited = PageEdits.of(page).addRowAfter("AI-2", copy).body();

        ActionItemChanges changes = matcher.match(input.actionItems(), reader.read(edited, people).actionItems());

        assertEquals(5, changes.matched().size());
        assertEquals(List.of("Document the per-network alert thresholds"),
                changes.added().stream().map(PageActionItem::summary).toList());
    }

    @Test
    public void read_readsStatusPeopleChangedInPageProperties() {
        String edited = PageEdits.of(page)
                .replace("<ac:parameter ac:name=\"title\">Draft</ac:parameter>",
                        "<ac:parameter ac:name=\"title\">IN REVIEW</ac:parameter>")
                .body();

        assertEquals(PostmortemStatus.IN_REVIEW, reader.read(edited, people).statusIfFound().orElseThrow());
    }

    @Test
    public void read_findsStatusInALozengeWhenPagePropertiesAreGone() {
        String edited = page.substring(page.indexOf("<ac:structured-macro ac:name=\"info\""))
                .replace("<ac:parameter ac:name=\"title\">Draft</ac:parameter>",
                        "<ac:parameter ac:name=\"title\">Published</ac:parameter>");

        assertEquals(PostmortemStatus.PUBLISHED, reader.read(edited, people).statusIfFound().orElseThrow());
    }

    @Test
    public void read_understandsPageAsTheConfluenceEditorSavesIt() {
        String resaved = "<h2>Action&nbsp;items</h2><table class=\"wrapped\"><colgroup><col/><col/></colgroup>"
                + "<thead><tr><th><p>Jira issue</p></th><th><p>Action item</p></th><th><p>Priority</p></th></tr></thead>"
                + "<tbody><tr><td><p><ac:structured-macro ac:name=\"jira\" ac:schema-version=\"1\" ac:macro-id=\"3f1\">"
                + "<ac:parameter ac:name=\"server\">Jira</ac:parameter><ac:parameter ac:name=\"key\">OPS-312</ac:parameter>"
                + "</ac:structured-macro></p></td><td><ac:task-list><ac:task><ac:task-id>7</ac:task-id>"
                + "<ac:task-uuid>9a1c</ac:task-uuid><ac:task-status>complete</ac:task-status><ac:task-body>"
                + "<span class=\"placeholder-inline-tasks\"><ac:structured-macro ac:name=\"anchor\" ac:schema-version=\"1\""
                + " ac:macro-id=\"77\"><ac:parameter ac:name=\"\">hindsight-action-AI-2</ac:parameter></ac:structured-macro>"
                + "Alert on the card authorisation failure ratio per card&nbsp;network&nbsp;&mdash; Owner:&nbsp;"
                + "<ac:link><ri:user ri:userkey=\"" + PRIYA + "\" /></ac:link>&nbsp;&middot; Due:&nbsp;"
                + "<time datetime=\"2026-03-18\" /></span></ac:task-body></ac:task></ac:task-list></td>"
                + "<td><p><ac:structured-macro ac:name=\"status\"><ac:parameter ac:name=\"title\">Highest</ac:parameter>"
                + "</ac:structured-macro></p></td></tr></tbody></table><h2>Lessons learned</h2>"
                + "<ac:task-list><ac:task><ac:task-id>8</ac:task-id><ac:task-status>incomplete</ac:task-status>"
                + "<ac:task-body>Not an action item</ac:task-body></ac:task></ac:task-list>";

        List<PageActionItem> items = reader.read(resaved, people).actionItems();

        assertEquals(1, items.size());
        assertEquals(new PageActionItem("AI-2", "Alert on the card authorisation failure ratio per card network",
                PRIYA, null, LocalDate.parse("2026-03-18"), true, ActionItemPriority.HIGHEST, null, "OPS-312"),
                items.get(0));
    }

    @Test
    public void read_looksEverywhereWhenTheHeadingWasRenamed() {
        String edited = PageEdits.of(page).replace("<h2>Action items</h2>", "<h2>Follow-ups</h2>").body();

        List<PageActionItem> items = reader.read(edited, people).actionItems();

        assertEquals(5, items.size());
        assertEquals("AI-1", items.get(0).itemId());
    }

    @Test
    public void read_parsesOwnerAndDueTypedAsText() {
        String edited = PageEdits.of(page)
                .inRow("AI-4", "Owner: <em>not assigned</em> · Due: <em>not set</em>", "Owner: Marek Nowak · Due: 30 Apr 2026")
                .body();

        PageActionItem item = reader.read(edited, people).actionItems().get(3);

        assertEquals(MAREK, item.ownerUserKey());
        assertEquals(LocalDate.parse("2026-04-30"), item.due());
        assertEquals("Add the configuration rollback steps to the payments runbook", item.summary());
    }

    @Test(expected = MalformedStorageException.class)
    public void read_rejectsBodyThatIsNotStorageFormat() {
        reader.read("<p>half a page", people);
    }
}
