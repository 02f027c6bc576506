package io.hindsight.jira.setup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import io.hindsight.jira.HindsightJiraSettings;
import io.hindsight.jira.InMemoryPluginSettings;
import io.hindsight.jira.setup.SetupAction.Outcome;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class ActionItemLinkTypeInstallerTest {

    private final LinkTypes jira = new LinkTypes();
    private final HindsightJiraSettings settings = new InMemoryPluginSettings().hindsightSettings();
    private final ActionItemLinkTypeInstaller installer = new ActionItemLinkTypeInstaller(jira, settings);

    @Test
    public void fromNothing_createsTheLinkTypeWithTheNameConfluenceFollowUpsUse() {
        SetupLog log = new SetupLog();

        IssueLinkType type = installer.ensure(log).orElseThrow();

        assertEquals("Action item", type.getName());
        assertEquals("is an action item of", type.getOutward());
        assertEquals("has action item", type.getInward());
        assertEquals(1, jira.types.size());
        assertEquals(Outcome.CREATED, log.actions().get(0).outcome());
        assertEquals(Optional.of("10000"), settings.actionItemLinkTypeId());
    }

    @Test
    public void secondStart_findsItAndCreatesNothing() {
        installer.ensure(new SetupLog());
        SetupLog second = new SetupLog();

        installer.ensure(second);

        assertEquals(1, jira.types.size());
        assertEquals(Outcome.PRESENT, second.actions().get(0).outcome());
    }

    @Test
    public void deletedByAnAdmin_isCreatedAgain_andReportedAsRepaired() {
        installer.ensure(new SetupLog());
        jira.types.clear();
        SetupLog repair = new SetupLog();

        IssueLinkType again = installer.ensure(repair).orElseThrow();

        assertEquals(10001L, again.getId().longValue());
        SetupAction action = repair.actions().get(0);
        assertEquals(Outcome.REPAIRED, action.outcome());
        assertTrue(action.detail(), action.detail().contains("id 10000"));
    }

    @Test
    public void aTypeWithAnotherName_isNotTakenForIt() {
        jira.createIssueLinkType("Blocks", "blocks", "is blocked by", null);

        installer.ensure(new SetupLog());

        assertEquals(2, jira.types.size());
    }

    @Test
    public void jiraThatCreatesNothing_isAFailureTheAdminSees() {
        LinkTypes refusing = new LinkTypes() {
            @Override
            public void createIssueLinkType(String name, String outward, String inward, String style) {
                // issue linking switched off: Jira's manager stores nothing
            }
        };
        SetupLog log = new SetupLog();

        Optional<IssueLinkType> type = new ActionItemLinkTypeInstaller(refusing, settings).ensure(log);

        assertTrue(type.isEmpty());
        assertTrue(log.actions().get(0).isProblem());
    }

    /** Jira's link types as a list: what was created is found by name, ids count up from 10000 as in Jira. */
    private static class LinkTypes implements IssueLinkTypeManager {

        final List<IssueLinkType> types = new ArrayList<>();
        private long nextId = 10_000;

        @Override
        public void createIssueLinkType(String name, String outward, String inward, String style) {
            long id = nextId++;
            types.add(new IssueLinkType() {
                @Override
                public Long getId() {
                    return id;
                }

                @Override
                public String getName() {
                    return name;
                }

                @Override
                public String getOutward() {
                    return outward;
                }

                @Override
                public String getInward() {
                    return inward;
                }
            });
        }

        @Override
        public Collection<IssueLinkType> getIssueLinkTypesByName(String name) {
            return types.stream().filter(type -> type.getName().equals(name)).toList();
        }
    }
}
