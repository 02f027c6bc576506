package io.hindsight.actionitem;

import static io.hindsight.postmortem.ActionItems.anActionItem;
import static io.hindsight.postmortem.PostmortemInputs.aPostmortemInput;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.hindsight.actionitem.FollowUpRow.Outcome;
import io.hindsight.postmortem.ActionItemPriority;
import io.hindsight.postmortem.PageActionItem;
import io.hindsight.postmortem.PostmortemComposer;
import io.hindsight.postmortem.PostmortemPageReader;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

public class FollowUpServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private static final String PRIYA = "JIRAUSER10101";
    private static final String MAREK = "JIRAUSER10102";
    private static final PageLink PAGE = new PageLink("https://wiki.example.test/pages/viewpage.action?pageId=42",
            "INC-4821 post-mortem", "appId=7f0e&pageId=42");
    private static final FollowUpSettings SETTINGS = FollowUpSettings.inProject("OPS");

    private final InMemoryFollowUpTracker tracker = new InMemoryFollowUpTracker();
    private final Map<String, String> usernames = Map.of(PRIYA, "priya", MAREK, "marek");
    private final FollowUpService service =
            new FollowUpService(tracker, key -> Optional.ofNullable(usernames.get(key)), CLOCK);

    private static String pageWith(io.hindsight.postmortem.ActionItem... items) {
        return new PostmortemComposer(CLOCK).compose(aPostmortemInput().withActionItems(List.of(items)).build())
                .body();
    }

    private static final String TWO_ITEMS = pageWith(
            anActionItem().withId("a1").saying("Add a configuration check to the deploy pipeline").ownedBy(PRIYA)
                    .due("2026-03-21").withPriority(ActionItemPriority.HIGH).build(),
            anActionItem().withId("a2").saying("Alert on payment error rate per region").ownedBy(MAREK)
                    .due("2026-04-15").withPriority(ActionItemPriority.LOW).build());

    private FollowUpReport run(String body) {
        return service.createFollowUps(body, "INC-4821", SETTINGS, PAGE);
    }

    private static List<PageActionItem> itemsOn(String body) {
        return new PostmortemPageReader().read(body, List.of()).actionItems();
    }

    @Test
    public void createFollowUps_createsOneAssignedDatedIssuePerItemAndNamesItOnThePage() {
        FollowUpReport report = run(TWO_ITEMS);

        assertEquals(List.of(Outcome.CREATED, Outcome.CREATED), report.rows().stream().map(FollowUpRow::outcome).toList());
        NewFollowUp first = tracker.issues.get("OPS-1");
        assertEquals("Add a configuration check to the deploy pipeline", first.summary());
        assertEquals("priya", first.assigneeName());
        assertEquals(LocalDate.parse("2026-03-21"), first.due());
        assertEquals("High", first.priorityName());
        assertEquals(List.of("postmortem", "hindsight-ai-inc-4821-a1"), first.labels());
        assertEquals("Low", tracker.issues.get("OPS-2").priorityName());
        assertEquals(List.of("OPS-1 Action item INC-4821", "OPS-2 Action item INC-4821"), tracker.incidentLinks);
        assertEquals(PAGE, tracker.pageLinks.get("OPS-1|appId=7f0e&pageId=42"));
        assertTrue(report.pageChanged());
        List<PageActionItem> after = itemsOn(report.pageBody());
        assertEquals(List.of("OPS-1", "OPS-2"), after.stream().map(PageActionItem::jiraKey).toList());
        assertEquals(itemsOn(TWO_ITEMS).stream().map(PageActionItem::summary).toList(),
                after.stream().map(PageActionItem::summary).toList());
        assertFalse("the placeholder gives way to the issue", report.pageBody().contains("not created yet"));
    }

    @Test
    public void createFollowUps_rerunOnTheSavedPage_createsNothing() {
        FollowUpReport first = run(TWO_ITEMS);

        FollowUpReport second = run(first.pageBody());

        assertEquals(2, tracker.issues.size());
        assertEquals(2, second.count(Outcome.ALREADY_LINKED));
        assertFalse(second.pageChanged());
        assertEquals(first.pageBody(), second.pageBody());
    }

    @Test
    public void createFollowUps_retryAfterThePageWasNotSaved_findsTheEarlierIssuesByMarker() {
        run(TWO_ITEMS);

        FollowUpReport retry = run(TWO_ITEMS);

        assertEquals(2, tracker.issues.size());
        assertEquals(2, retry.count(Outcome.FOUND_FROM_EARLIER_RUN));
        assertEquals(List.of("OPS-1", "OPS-2"), itemsOn(retry.pageBody()).stream().map(PageActionItem::jiraKey).toList());
        assertEquals("links are not doubled", 2, tracker.incidentLinks.size());
    }

    @Test
    public void createFollowUps_taskAPersonAdded_getsAnAnchorSoARetryDoesNotCreateItTwice() {
        // Enter at the end of the first task: a new task in the same cell, without an anchor.
        String edited = TWO_ITEMS.replaceFirst("</ac:task-body>\n</ac:task>",
                "</ac:task-body></ac:task><ac:task><ac:task-id>9</ac:task-id><ac:task-status>incomplete"
                        + "</ac:task-status><ac:task-body>Rotate the payment API keys — Owner: <ac:link>"
                        + "<ri:user ri:userkey=\"" + MAREK + "\"/></ac:link> · Due: <time datetime=\"2026-05-01\"/>"
                        + "</ac:task-body></ac:task>");

        FollowUpReport first = run(edited);
        FollowUpReport retryWithoutSave = run(edited);
        FollowUpReport rerunOnSaved = run(first.pageBody());

        assertEquals(3, first.rows().size());
        assertEquals(3, tracker.issues.size());
        assertEquals(3, retryWithoutSave.count(Outcome.FOUND_FROM_EARLIER_RUN));
        PageActionItem added = itemsOn(first.pageBody()).stream()
                .filter(item -> item.summary().startsWith("Rotate")).findFirst().orElseThrow();
        assertTrue(added.itemIdIfMarked().isPresent());
        assertTrue(added.jiraKeyIfLinked().isPresent());
        assertEquals(3, rerunOnSaved.count(Outcome.ALREADY_LINKED));
    }

    @Test
    public void createFollowUps_rowJiraRefuses_isReportedWithItsReasonAndTheOthersGoThrough() {
        tracker.failCreateWhen(followUp -> followUp.assigneeName().equals("priya")
                ? new FollowUpFailure(FollowUpFailure.Kind.REJECTED, "assignee: User 'priya' cannot be assigned issues.")
                : null);

        FollowUpReport report = run(TWO_ITEMS);

        assertEquals(Outcome.FAILED, report.rows().get(0).outcome());
        assertEquals("assignee: User 'priya' cannot be assigned issues.", report.rows().get(0).reason());
        assertEquals(Outcome.CREATED, report.rows().get(1).outcome());
        List<PageActionItem> after = itemsOn(report.pageBody());
        assertEquals(null, after.get(0).jiraKey());
        assertEquals("OPS-1", after.get(1).jiraKey());
    }

    @Test
    public void createFollowUps_itemsMissingOwnerOrDueDateOrDatedInThePast_failWithoutCallingJira() {
        String page = pageWith(
                anActionItem().withId("n1").saying("Nobody owns this").ownedBy(null).build(),
                anActionItem().withId("n2").saying("No date").due(null).build(),
                anActionItem().withId("n3").saying("Too late").due("2026-02-01").build(),
                anActionItem().withId("n4").saying("Unknown owner").ownedBy("JIRAUSER99999").build());

        FollowUpReport report = run(page);

        assertEquals(List.of("Add an owner: mention one person with @.", "Add a due date.",
                        "The due date 2026-02-01 is in the past.", "The owner is not a user Jira knows."),
                report.rows().stream().map(FollowUpRow::reason).toList());
        assertTrue(tracker.issues.isEmpty());
        assertFalse(report.pageChanged());
    }

    @Test
    public void createFollowUps_ownerTypedAsText_asksForAMention() {
        String page = TWO_ITEMS.replaceFirst("<ac:link><ri:user ri:userkey=\"" + PRIYA + "\"/></ac:link>", "Sam");

        FollowUpReport report = run(page);

        assertEquals("The owner \"Sam\" is typed as text; mention the person with @ instead.",
                report.rows().get(0).reason());
        assertEquals(Outcome.CREATED, report.rows().get(1).outcome());
    }

    @Test
    public void createFollowUps_authorisationRequired_stopsAndSaysWhereToAuthorise() {
        URI authorise = URI.create("https://jira.example.test/plugins/servlet/applinks/oauth/login-dance/authorize");
        tracker.failSearches(FollowUpFailure.authorisationRequired(authorise));

        FollowUpReport report = run(TWO_ITEMS);

        assertEquals(Optional.of(authorise), report.authorisationUriIfRequired());
        assertEquals(2, report.count(Outcome.FAILED));
        assertEquals("Not tried: Jira first needs your authorisation.", report.rows().get(1).reason());
        assertTrue(tracker.issues.isEmpty());
    }

    @Test
    public void createFollowUps_linkFails_keepsTheIssueAndWarns() {
        tracker.failIncidentLinks(new FollowUpFailure(FollowUpFailure.Kind.NOT_FOUND,
                "Jira has no issue link type \"Action item\"."));

        FollowUpReport report = run(TWO_ITEMS);

        assertEquals(2, report.count(Outcome.CREATED));
        assertEquals("Not linked to INC-4821: Jira has no issue link type \"Action item\".", report.rows().get(0).reason());
        assertEquals("OPS-1", itemsOn(report.pageBody()).get(0).jiraKey());
    }

    @Test
    public void createFollowUps_doneItemWithoutIssue_isSkipped() {
        String page = TWO_ITEMS.replaceFirst("<ac:task-status>incomplete</ac:task-status>",
                "<ac:task-status>complete</ac:task-status>");

        FollowUpReport report = run(page);

        assertEquals(Outcome.SKIPPED_DONE, report.rows().get(0).outcome());
        assertEquals(1, tracker.issues.size());
    }

    @Test(expected = IllegalArgumentException.class)
    public void createFollowUps_rejectsAMalformedIncidentKey() {
        service.createFollowUps(TWO_ITEMS, "inc 4821", SETTINGS, PAGE);
    }
}
