package io.hindsight.confluence.postmortem;

import static io.hindsight.postmortem.PostmortemInputs.aPostmortemInput;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.confluence.api.service.accessmode.AccessModeService;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.Modification;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.hindsight.actionitem.Assignees;
import io.hindsight.actionitem.FollowUpReport;
import io.hindsight.actionitem.FollowUpRow;
import io.hindsight.actionitem.FollowUpTracker;
import io.hindsight.confluence.followup.FollowUpState;
import io.hindsight.confluence.followup.FollowUpStatus;
import io.hindsight.confluence.followup.FollowUpStatusCache;
import io.hindsight.confluence.followup.FollowUpStatuses;
import io.hindsight.platform.ConflictException;
import io.hindsight.platform.ForbiddenException;
import io.hindsight.platform.InvalidInputException;
import io.hindsight.platform.NotFoundException;
import io.hindsight.postmortem.PostmortemInput;
import io.hindsight.postmortem.PostmortemStatus;
import io.hindsight.postmortem.workflow.IncidentPostmortems;
import io.hindsight.postmortem.workflow.PostmortemWorkflow.Generated;
import io.hindsight.postmortem.workflow.StoredPage;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The post-mortem journey on the Confluence stand-ins: page creation (first time, existing page, configured parent,
 * no permission, read-only), saves against the version, restrictions on who may change the page, the status sent to
 * Jira, and what the macro offers.
 */
public class ConfluencePostmortemsTest {

    private static final long MACRO_PAGE = 7;
    private static final long CONFIGURED_PARENT = 5;

    private final Map<Long, Page> stored = new HashMap<>();
    private final Map<String, Object> settingsStore = new HashMap<>();
    private final PageManager pages = mock(PageManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final AccessModeService accessMode = mock(AccessModeService.class);
    private final ClusterLockService locks = mock(ClusterLockService.class);
    private final ClusterLock lock = mock(ClusterLock.class);
    private final IncidentPostmortems incidents = mock(IncidentPostmortems.class);
    private final FollowUpStatusCache statuses = mock(FollowUpStatusCache.class);
    private final FollowUpTracker tracker = mock(FollowUpTracker.class);
    private final Assignees assignees = mock(Assignees.class);
    private final ConfluenceUser user = mock(ConfluenceUser.class);
    private final Space space = new Space("OPS", null);
    private final PostmortemInput input = aPostmortemInput().build();
    private final String key = input.incident().key();
    private ConfluencePostmortemSettings settings;
    private ConfluencePostmortems postmortems;
    private long nextId = 100;

    @Before
    public void confluence() throws Exception {
        PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
        when(factory.createGlobalSettings()).thenReturn(new MapSettings(settingsStore));
        settings = new ConfluencePostmortemSettings(factory);
        ApplicationProperties application = mock(ApplicationProperties.class);
        when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://wiki.test/");
        postmortems = new ConfluencePostmortems(pages, permissions, accessMode, locks, application, settings,
                incidents, tracker, assignees, statuses);

        when(pages.getPage(any(Long.class))).thenAnswer(call -> stored.get((Long) call.getArgument(0)));
        doAnswer(call -> {
            Page page = call.getArgument(0);
            page.setId(nextId++);
            page.setVersion(1);
            stored.put(page.getId(), page);
            return null;
        }).when(pages).saveContentEntity(any(), any());
        doAnswer(call -> {
            Page page = call.getArgument(0);
            Modification<ContentEntityObject> change = call.getArgument(1);
            change.modify(page);
            page.setVersion(page.getVersion() + 1);
            return null;
        }).when(pages).saveNewVersion(any(Page.class), any());
        when(locks.getLockForName(any())).thenReturn(lock);
        when(lock.tryLock(10, TimeUnit.SECONDS)).thenReturn(true);
        when(incidents.source(key)).thenReturn(input);
        stored.put(MACRO_PAGE, page(MACRO_PAGE, "Incidents"));
        stored.put(CONFIGURED_PARENT, page(CONFIGURED_PARENT, "Post-mortems"));
        AuthenticatedUserThreadLocal.set(user);
        when(permissions.hasCreatePermission(eq(user), any(), eq(Page.class))).thenReturn(true);
        when(permissions.hasPermission(eq(user), any(), any())).thenReturn(true);
    }

    @After
    public void signOut() {
        AuthenticatedUserThreadLocal.set(null);
    }

    private Page page(long id, String title) {
        Page page = new Page();
        page.setId(id);
        page.setTitle(title);
        page.setSpace(space);
        page.setVersion(1);
        return page;
    }

    private Generated generate() {
        return postmortems.workflowFor(MACRO_PAGE).generate(key);
    }

    @Test
    public void generate_firstTime_createsAChildOfTheMacrosPageInDraft_andTellsJira() {
        Generated generated = generate();

        assertTrue(generated.created());
        Page created = stored.get(100L);
        assertSame(stored.get(MACRO_PAGE), created.getParent());
        assertEquals(List.of(created), stored.get(MACRO_PAGE).getChildren());
        assertSame(space, created.getSpace());
        assertEquals("Post-mortem: " + key + " " + input.incident().summary(), created.getTitle());
        assertTrue(created.getBodyAsString().contains(key));
        StoredPage page = generated.page();
        assertEquals("100", page.id());
        assertEquals("https://wiki.test/pages/viewpage.action?pageId=100", page.url());
        verify(incidents).recordStatus(key, page.url(), PostmortemStatus.DRAFT);
        verify(lock).unlock();
    }

    @Test
    public void generate_twice_offersTheExistingPageAndMakesNoSecond() {
        generate();

        Generated again = postmortems.workflowFor(MACRO_PAGE).generate(key);

        assertFalse(again.created());
        assertEquals("100", again.page().id());
        verify(pages, times(1)).saveContentEntity(any(), any());
    }

    @Test
    public void generate_withAConfiguredParent_putsThePageThereWhereverTheMacroIs() {
        settings.setParentPageId(CONFIGURED_PARENT);

        generate();

        assertSame(stored.get(CONFIGURED_PARENT), stored.get(100L).getParent());
    }

    @Test
    public void generate_configuredParentInTheTrash_fallsBackToTheMacrosPage() {
        settings.setParentPageId(CONFIGURED_PARENT);
        stored.get(CONFIGURED_PARENT).setDeleted(true);

        generate();

        assertSame(stored.get(MACRO_PAGE), stored.get(100L).getParent());
    }

    @Test
    public void generate_pageOfTheIncidentInTheTrash_generatesAFreshOne() {
        generate();
        stored.get(100L).setDeleted(true);

        Generated again = generate();

        assertTrue(again.created());
        assertEquals("101", again.page().id());
    }

    @Test
    public void generate_userWhoMayNotCreatePagesThere_isForbiddenAndNothingIsSaved() {
        when(permissions.hasCreatePermission(eq(user), any(), eq(Page.class))).thenReturn(false);

        assertThrows(ForbiddenException.class, this::generate);
        verify(pages, never()).saveContentEntity(any(), any());
        verify(incidents, never()).recordStatus(any(), any(), any());
    }

    @Test
    public void generate_readOnlyMode_isForbiddenAndNothingIsSaved() {
        when(accessMode.isReadOnlyAccessModeEnabled()).thenReturn(true);

        assertThrows(ForbiddenException.class, this::generate);
        verify(pages, never()).saveContentEntity(any(), any());
    }

    @Test
    public void generate_withoutAMacroPageOrConfiguredParent_namesTheMissingField() {
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> postmortems.workflowFor(null).generate(key));

        assertEquals("pageId", missing.field());
    }

    @Test
    public void generate_incidentJiraHidesFromTheUser_isNotFoundAndNothingIsCreated() {
        org.mockito.Mockito.doThrow(new NotFoundException("no")).when(incidents).requireVisible(key);

        assertThrows(NotFoundException.class, this::generate);
        verify(pages, never()).saveContentEntity(any(), any());
    }

    @Test
    public void generate_anotherNodeHoldsTheLock_isAConflictNotASecondPage() throws Exception {
        when(lock.tryLock(10, TimeUnit.SECONDS)).thenReturn(false);

        ConflictException busy = assertThrows(ConflictException.class, this::generate);

        assertEquals("page_busy", busy.code());
        verify(pages, never()).saveContentEntity(any(), any());
    }

    @Test
    public void changeStatus_rewritesThePageAsANewVersionAndSendsTheStatusToJira() {
        generate();

        StoredPage published = postmortems.workflowFor(MACRO_PAGE).changeStatus(key, PostmortemStatus.PUBLISHED);

        assertEquals(2, published.version());
        assertTrue(stored.get(100L).getBodyAsString().contains("Published"));
        verify(incidents).recordStatus(key, published.url(), PostmortemStatus.PUBLISHED);
    }

    @Test
    public void changeStatus_userRestrictedFromEditingThePage_isForbiddenAndJiraHearsNothing() {
        generate();
        when(permissions.hasPermission(user, Permission.EDIT, stored.get(100L))).thenReturn(false);

        assertThrows(ForbiddenException.class,
                () -> postmortems.workflowFor(MACRO_PAGE).changeStatus(key, PostmortemStatus.IN_REVIEW));
        verify(pages, never()).saveNewVersion(any(Page.class), any());
        verify(incidents, never()).recordStatus(key, "https://wiki.test/pages/viewpage.action?pageId=100",
                PostmortemStatus.IN_REVIEW);
    }

    @Test
    public void generate_existingPageRestrictedFromTheUser_isNotFoundAndNotDoubled() {
        generate();
        when(permissions.hasPermission(user, Permission.VIEW, stored.get(100L))).thenReturn(false);

        NotFoundException hidden = assertThrows(NotFoundException.class, this::generate);

        assertTrue(hidden.getMessage(), hidden.getMessage().contains("exists, but you may not see it"));
        assertFalse("the macro offers no second page", postmortems.macroState(key, MACRO_PAGE).canGenerate());
        verify(pages, times(1)).saveContentEntity(any(), any());
    }

    @Test
    public void view_pageTheUserMayNotView_isNotFound() {
        generate();
        when(permissions.hasPermission(user, Permission.VIEW, stored.get(100L))).thenReturn(false);

        assertThrows(NotFoundException.class, () -> postmortems.workflowFor(MACRO_PAGE).view(key));
    }

    @Test
    public void edit_overAnOlderVersion_isAConflictAndKeepsThePage() {
        generate();
        String body = stored.get(100L).getBodyAsString();
        postmortems.workflowFor(MACRO_PAGE).edit(key, 1, body.replace("</h1>", " (edited)</h1>"));

        ConflictException stale = assertThrows(ConflictException.class,
                () -> postmortems.workflowFor(MACRO_PAGE).edit(key, 1, body));

        assertEquals("page_changed", stale.code());
        assertEquals(2, stored.get(100L).getVersion());
    }

    @Test
    public void createFollowUps_withoutAConfiguredProject_saysAnAdministratorMustChooseOne() {
        generate();

        ConflictException missing = assertThrows(ConflictException.class,
                () -> postmortems.workflowFor(MACRO_PAGE).createFollowUps(key));

        assertEquals("follow_up_project_missing", missing.code());
    }

    @Test
    public void macroState_noPageYet_offersGenerateOnlyToWhoeverMayCreateIt() {
        assertEquals(new MacroState(null, true, false, false, null), postmortems.macroState(key, MACRO_PAGE));

        when(permissions.hasCreatePermission(eq(user), any(), eq(Page.class))).thenReturn(false);
        assertFalse(postmortems.macroState(key, MACRO_PAGE).canGenerate());
        assertFalse("no page to put it under", postmortems.macroState(key, null).canGenerate());
    }

    @Test
    public void createFollowUps_thenMacroState_readsTheStatusOfTheIssuesThePageNowNames() {
        settings.setFollowUpProject("ACT");
        when(tracker.findByMarker(any())).thenReturn(Optional.empty());
        when(tracker.create(any())).thenReturn("ACT-7", "ACT-8", "ACT-9", "ACT-10", "ACT-11");
        when(assignees.usernameOf(any())).thenReturn(Optional.of("sam"));
        StoredPage generated = generate().page();
        // A person writes the action items into the page, as the editor saves them.
        postmortems.workflowFor(MACRO_PAGE).edit(key, generated.version(), withActionItems(generated.body(),
                row("Add a configuration check to the deploy pipeline", "u1002"),
                row("Alert on payment error rate above 2%", "u1001")));

        FollowUpReport report = postmortems.workflowFor(MACRO_PAGE).createFollowUps(key);
        List<String> created = report.rows().stream().filter(row -> row.outcome() == FollowUpRow.Outcome.CREATED)
                .map(FollowUpRow::issueKey).toList();
        FollowUpStatuses read = FollowUpStatuses.read(List.of(new FollowUpStatus("ACT-7", "Open", FollowUpState.OPEN,
                null)), Instant.EPOCH);
        when(statuses.statusOf(created)).thenReturn(read);
        MacroState state = postmortems.macroState(key, MACRO_PAGE);

        assertFalse("the page names new issues: " + report.rows(), created.isEmpty());
        assertEquals(List.of("ACT-7", "ACT-8"), created);
        assertEquals("generated, edited, then named the issues", 3, stored.get(100L).getVersion());
        assertTrue(state.canCreateFollowUps());
        assertFalse(state.canGenerate());
        assertSame(read, state.followUps());
    }

    @Test
    public void macroState_readOnly_offersNoButtonButStillShowsThePage() {
        generate();
        when(accessMode.isReadOnlyAccessModeEnabled()).thenReturn(true);

        MacroState state = postmortems.macroState(key, MACRO_PAGE);

        assertEquals("100", state.page().id());
        assertFalse(state.canCreateFollowUps());
        assertTrue(state.readOnly());
        assertNull("the generated page names no follow-up yet", state.followUps());
    }

    private static String withActionItems(String body, String... rows) {
        Matcher section = Pattern.compile("(<h2>Action items</h2>).*?(<h2>)", Pattern.DOTALL).matcher(body);
        assertTrue("the generated page has an action-item section", section.find());
        return body.substring(0, section.start()) + section.group(1) + "<table><tbody><tr><th>Action item</th>"
                + "<th>Priority</th><th>Type</th><th>Jira issue</th></tr>" + String.join("", rows) + "</tbody></table>"
                + section.group(2) + body.substring(section.end());
    }

    private static String row(String summary, String ownerKey) {
        return "<tr><td><ac:task-list><ac:task><ac:task-status>incomplete</ac:task-status><ac:task-body>" + summary
                + " — Owner: <ac:link><ri:user ri:userkey=\"" + ownerKey + "\"/></ac:link> · Due: <time datetime=\""
                + java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(30) + "\"/></ac:task-body></ac:task></ac:task-list></td><td>High</td><td>Short-term</td>"
                + "<td>not created yet</td></tr>";
    }

    /** Plugin settings kept in a map, as Confluence keeps them in its database. */
    private record MapSettings(Map<String, Object> values) implements PluginSettings {

        @Override
        public Object get(String key) {
            return values.get(key);
        }

        @Override
        public Object put(String key, Object value) {
            return values.put(key, value);
        }

        @Override
        public Object remove(String key) {
            return values.remove(key);
        }
    }
}
