package io.hindsight.postmortem;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

public class ActionItemLinkerTest {

    private static final String ANCHOR = "<ac:structured-macro ac:name=\"anchor\" ac:schema-version=\"1\">"
            + "<ac:parameter ac:name=\"\">hindsight-action-a1</ac:parameter></ac:structured-macro>";

    private final ActionItemLinker linker = new ActionItemLinker();
    private final PostmortemPageReader reader = new PostmortemPageReader();

    @Test
    public void link_keepsWhatThePersonTypedInTheJiraCellBesideTheMacro() {
        String body = "<h2>Action items</h2><table><tbody><tr><th>Action item</th><th>Jira issue</th></tr>"
                + "<tr><td><ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>incomplete"
                + "</ac:task-status><ac:task-body>" + ANCHOR + "Fix it</ac:task-body></ac:task></ac:task-list></td>"
                + "<td>ask <strong>Ops</strong> first</td></tr></tbody></table>";

        String linked = linker.link(body, Map.of("a1", "OPS-7"));

        assertEquals("OPS-7", reader.read(linked, List.of()).actionItems().get(0).jiraKey());
        assertTrue(linked, linked.matches("(?s).*</ac:structured-macro>\\s* ask <strong>Ops</strong> first</td>.*"));
    }

    @Test
    public void link_taskOutsideATable_getsTheMacroAtTheEndOfItsBody() {
        String body = "<h2>Action items</h2><ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>"
                + "incomplete</ac:task-status><ac:task-body>" + ANCHOR + "Fix it</ac:task-body></ac:task>"
                + "</ac:task-list><ac:structured-macro ac:name=\"code\"><ac:plain-text-body><![CDATA[a < b && ]]]]>"
                + "<![CDATA[> c]]></ac:plain-text-body></ac:structured-macro><p>caf&eacute; &amp; more</p>";

        String linked = linker.link(body, Map.of("a1", "OPS-7"));

        PageActionItem item = reader.read(linked, List.of()).actionItems().get(0);
        assertEquals("Fix it", item.summary());
        assertEquals("OPS-7", item.jiraKey());
        assertTrue(linked, linked.contains("<![CDATA[a < b && ]]]]><![CDATA[>"));
        assertTrue(linked, linked.contains("<p>café &amp; more</p>"));
    }

    @Test
    public void link_ignoresValuesThatAreNotIssueKeysAndLeavesTheBodyAlone() {
        String body = "<h2>Action items</h2><ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>"
                + "incomplete</ac:task-status><ac:task-body>" + ANCHOR + "Fix it</ac:task-body></ac:task>"
                + "</ac:task-list>";

        assertEquals(body, linker.link(body, Map.of("a1", "<script>")));
    }

    @Test
    public void idsOf_areStableAndTellApartTwoItemsWithTheSameSummary() {
        PageActionItem same = new PageActionItem(null, "Fix it", null, null, null, false, null, null, null);
        PageActionItem anchored = new PageActionItem("a1", "Other", null, null, null, false, null, null, null);

        List<String> ids = ActionItemLinker.idsOf(List.of(same, anchored, same, anchored));

        assertEquals(ids, ActionItemLinker.idsOf(List.of(same, anchored, same, anchored)));
        assertEquals("a1", ids.get(1));
        assertEquals(4, Set.copyOf(ids).size());
    }
}
