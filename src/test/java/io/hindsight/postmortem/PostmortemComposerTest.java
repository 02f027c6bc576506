package io.hindsight.postmortem;

import static io.hindsight.postmortem.ActionItems.anActionItem;
import static io.hindsight.postmortem.PostmortemInputs.aPostmortemInput;
import static io.hindsight.postmortem.PostmortemInputs.aRealisticSev1;
import static io.hindsight.postmortem.TimelineEvents.anEvent;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.hindsight.timeline.TimelineEvent;
import io.hindsight.timeline.TimelineEventKind;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

public class PostmortemComposerTest {

    private static final Instant T0 = Instant.parse("2026-03-14T09:00:00Z");
    private final PostmortemComposer composer =
            new PostmortemComposer(Clock.fixed(Instant.parse("2026-03-15T08:00:00Z"), ZoneOffset.UTC));

    @Test
    public void compose_escapesCdataTerminatorInSummary() throws Exception {
        String body = compose(aPostmortemInput().forIncident("INC-1", "a]]><script>alert(1)</script>"));

        assertFalse(body.contains("]]>"));
        assertFalse(body.contains("<script"));
        assertTrue(body.contains("a]]&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
        StorageXml.parse(body);
    }

    @Test
    public void compose_writesSectionsInProductOrder() {
        String body = compose(aRealisticSev1());

        List<String> headings = new ArrayList<>();
        Matcher heading = Pattern.compile("<h2>([^<]*)</h2>").matcher(body);
        while (heading.find()) {
            headings.add(heading.group(1));
        }
        assertEquals(List.of("Executive summary", "Impact", "Detection", "Response and recovery", "Timeline",
                "Trigger, root cause and contributing factors", "What went well", "What went wrong",
                "Where we got lucky", "Action items", "Lessons learned", "Recurrence", "Review and approval record"),
                headings);
        assertTrue("metadata comes first", body.startsWith("<ac:structured-macro ac:name=\"details\""));
    }

    @Test
    public void compose_showsUnknownRatherThanNegativeDuration() {
        String body = compose(aPostmortemInput()
                .withKeyInstant(KeyMoment.DETECTED, T0.plusSeconds(600))
                .withKeyInstant(KeyMoment.RESOLVED, T0));

        assertTrue(body.contains("<td>Time to resolve</td>\n<td>unknown</td>"));
        assertTrue(body.contains("“Resolved” is recorded before “Detected”"));
        assertFalse(body.contains("-10 min"));
    }

    @Test
    public void compose_leavesPromptsWhereDataIsMissing() {
        String body = compose(aPostmortemInput());

        assertTrue(body.contains("<th>Users affected</th>\n<td><em>Not recorded. Add it, or say why it is unknown.</em>"));
        assertTrue(body.contains("<p><em>Add specific action items"));
        assertTrue(body.contains("<th>Post-mortem owner</th>\n<td><em>not assigned</em>"));
        assertTrue(body.contains("The timeline does not record when the incident was detected."));
        assertTrue(body.contains("<p><em>The timeline has no entries yet.</em></p>"));
    }

    @Test
    public void compose_writesMalformedJiraKeyAsTextNotMacro() {
        String body = compose(aPostmortemInput().withActionItem(
                anActionItem().trackedIn("OPS-1\"><ac:structured-macro").build()));

        assertFalse(body.contains("<ac:parameter ac:name=\"key\">OPS-1"));
        assertTrue(body.contains("OPS-1\"&gt;&lt;ac:structured-macro"));
    }

    @Test
    public void compose_linksOnlyHttpEvidence() {
        String body = compose(aPostmortemInput()
                .withEvent(anEvent().withId(1).at(T0).withEvidence("javascript:alert(1)").build())
                .withEvent(anEvent().withId(2).at(T0.plusSeconds(5)).withEvidence("https://ci.example.com/1").build()));

        assertFalse(body.contains("javascript:"));
        assertTrue(body.contains("<a href=\"https://ci.example.com/1\">evidence</a>"));
    }

    @Test
    public void compose_asksToTrimWhenMoreThanSevenActionItems() {
        PostmortemInputs input = aPostmortemInput();
        for (int i = 1; i <= 9; i++) {
            input.withActionItem(anActionItem().withId("AI-" + i).saying("Item " + i).build());
        }

        String body = compose(input);

        assertTrue(body.contains("<ac:structured-macro ac:name=\"note\" ac:schema-version=\"1\">"));
        assertTrue(body.contains("This post-mortem has 9 action items; five to seven is a healthy number."));
    }

    @Test
    public void compose_putsOwnerMentionAndDueDateInTaskBody() {
        String body = compose(aPostmortemInput().withActionItem(
                anActionItem().withId("AI-7").saying("Add a config check").ownedBy("JIRAUSER7").due("2026-04-01").build()));

        assertTrue(body.contains("<ac:task-body><ac:structured-macro ac:name=\"anchor\" ac:schema-version=\"1\">\n"
                + "<ac:parameter ac:name=\"\">hindsight-action-AI-7</ac:parameter>\n</ac:structured-macro>"
                + "Add a config check — Owner: <ac:link><ri:user ri:userkey=\"JIRAUSER7\"/></ac:link>"
                + " · Due: <time datetime=\"2026-04-01\"/></ac:task-body>"));
    }

    @Test
    public void compose_listsFailedAttemptsInResponse() {
        String body = compose(aRealisticSev1());

        assertTrue(body.contains("<strong>failed attempt</strong> (manual): Restarted payments-api pods"));
    }

    @Test
    public void compose_summarisesLongTimelineAndLinksFullTimeline() {
        String body = compose(aPostmortemInput().withTimeline(alertStorm(10_000, "Alert"))
                .withFullTimelineUrl("https://jira.example.com/browse/INC-1#timeline"));

        String entries = body.substring(body.indexOf("<h3>Entries</h3>"), body.indexOf("<h2>Trigger"));
        int rows = entries.split("<tr>", -1).length - 2;
        assertTrue("rows: " + rows, rows <= PostmortemComposer.MAX_TIMELINE_ROWS);
        assertTrue(entries.contains("The timeline has 10000 entries; this table shows " + rows + " rows."));
        assertTrue(entries.contains("<a href=\"https://jira.example.com/browse/INC-1#timeline\">Open the full timeline.</a>"));
        assertTrue(entries.contains(" entries folded</strong>"));
    }

    @Test
    public void compose_staysUnderTwoMegabytesWithHugeSummaries() {
        String huge = "x".repeat(100 * 1024);
        PostmortemInputs input = aPostmortemInput().forIncident("INC-1", huge).withTimeline(alertStorm(10_000, huge))
                .withImpact(new Impact(huge, List.of(huge, huge), huge, huge));
        for (int i = 1; i <= 50; i++) {
            input.withActionItem(anActionItem().withId("AI-" + i).saying(huge).build());
        }

        PostmortemPage page = composer.compose(input.build());

        assertTrue(page.body().getBytes(StandardCharsets.UTF_8).length < 2 * 1024 * 1024);
        assertEquals(255, page.title().codePointCount(0, page.title().length()));
    }

    @Test
    public void compose_isDeterministic() {
        assertEquals(compose(aRealisticSev1()), compose(aRealisticSev1()));
    }

    private String compose(PostmortemInputs input) {
        return composer.compose(input.build()).body();
    }

    private static List<TimelineEvent> alertStorm(int size, String summary) {
        List<TimelineEvent> events = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            events.add(anEvent().withId(i + 1).at(T0.plusSeconds(i * 11L))
                    .ofKind(i % 50 == 0 ? TimelineEventKind.NOTE : TimelineEventKind.ALERT_FIRING)
                    .from(i % 2 == 0 ? "alertmanager" : "grafana").saying(summary).build());
        }
        return events;
    }
}
