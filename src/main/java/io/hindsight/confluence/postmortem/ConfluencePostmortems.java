package io.hindsight.confluence.postmortem;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.confluence.api.service.accessmode.AccessModeService;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.plugin.spring.scanner.annotation.component.ConfluenceComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.spring.scanner.annotation.imports.ConfluenceImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.hindsight.actionitem.Assignees;
import io.hindsight.actionitem.FollowUpSettings;
import io.hindsight.actionitem.FollowUpService;
import io.hindsight.actionitem.FollowUpTracker;
import io.hindsight.confluence.followup.FollowUpStatusCache;
import io.hindsight.platform.ConflictException;
import io.hindsight.platform.ForbiddenException;
import io.hindsight.platform.HindsightException;
import io.hindsight.platform.InvalidInputException;
import io.hindsight.postmortem.PageActionItem;
import io.hindsight.postmortem.PostmortemComposer;
import io.hindsight.postmortem.PostmortemPageReader;
import io.hindsight.postmortem.storage.MalformedStorageException;
import io.hindsight.postmortem.workflow.IncidentPostmortems;
import io.hindsight.postmortem.workflow.PostmortemWorkflow;
import io.hindsight.postmortem.workflow.StoredPage;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The post-mortem journey in Confluence: the product's {@link PostmortemWorkflow} on Confluence's pages and
 * permissions, Jira over the application link, and the follow-up status cache. A workflow is made per request because
 * where a new page goes depends on the page the macro is on.
 */
@ConfluenceComponent
public class ConfluencePostmortems {

    private final PageManager pages;
    private final PermissionManager permissions;
    private final AccessModeService accessMode;
    private final ClusterLockService locks;
    private final ApplicationProperties application;
    private final ConfluencePostmortemSettings settings;
    private final IncidentPostmortems incidents;
    private final FollowUpService followUps;
    private final FollowUpStatusCache statuses;
    private final Clock clock = Clock.systemUTC();

    public ConfluencePostmortems(@ConfluenceImport PageManager pages, @ConfluenceImport PermissionManager permissions,
                                 @ConfluenceImport AccessModeService accessMode,
                                 @ConfluenceImport ClusterLockService locks,
                                 @ComponentImport ApplicationProperties application,
                                 ConfluencePostmortemSettings settings, IncidentPostmortems incidents,
                                 FollowUpTracker tracker, Assignees assignees, FollowUpStatusCache statuses) {
        this.pages = pages;
        this.permissions = permissions;
        this.accessMode = accessMode;
        this.locks = locks;
        this.application = application;
        this.settings = settings;
        this.incidents = incidents;
        this.followUps = new FollowUpService(tracker, assignees, clock);
        this.statuses = statuses;
    }

    /** The workflow for a request from the macro on page {@code macroPageId} (null when not known). */
    public PostmortemWorkflow workflowFor(Long macroPageId) {
        Supplier<Page> parent = parentOf(macroPageId);
        return new PostmortemWorkflow(incidents, pages(parent),
                new ConfluencePagePermissions(permissions, accessMode, pages, parent), new PostmortemComposer(clock),
                followUps, incidentKey -> settings.followUps().orElseThrow(() -> new ConflictException(
                        "follow_up_project_missing", "An administrator has not chosen the Jira project for follow-up"
                        + " issues yet.")));
    }

    /** Where post-mortems and follow-ups go, as an administrator set it. */
    public record Placement(Long parentPageId, String followUpProject) {
    }

    public Placement placement() {
        return new Placement(settings.parentPageId().isPresent() ? settings.parentPageId().getAsLong() : null,
                settings.followUps().map(FollowUpSettings::projectKey).orElse(null));
    }

    /**
     * Sets where post-mortems go ({@code null}: under each macro's page) and the Jira project follow-ups are filed in
     * ({@code null}: none yet). Errors: 400 naming {@code parentPageId} for a page that does not exist or is in the
     * trash, {@code followUpProject} for a malformed project key; 403 in read-only mode.
     */
    public Placement place(Long parentPageId, String followUpProject) {
        if (readOnly()) {
            throw new ForbiddenException("Confluence is in read-only mode for maintenance; settings cannot change.");
        }
        if (parentPageId != null && !PostmortemParent.live(pages.getPage(parentPageId))) {
            throw new InvalidInputException("parentPageId", "No page " + parentPageId + " exists outside the trash.");
        }
        if (followUpProject != null && !followUpProject.matches("[A-Z][A-Z0-9_]{0,254}")) {
            throw new InvalidInputException("followUpProject", "A Jira project key is upper-case letters, digits or"
                    + " '_', starting with a letter, such as ACT.");
        }
        settings.setParentPageId(parentPageId);
        settings.setFollowUpProject(followUpProject);
        return placement();
    }

    /** Whether Confluence is in read-only mode, in which nothing is generated or changed. */
    public boolean readOnly() {
        return accessMode.isReadOnlyAccessModeEnabled();
    }

    /**
     * What the macro on page {@code macroPageId} shows the viewer about the incident's post-mortem. Reads Confluence
     * only, plus the follow-up status cache, which answers within its own short timeout.
     */
    public MacroState macroState(String incidentKey, Long macroPageId) {
        Supplier<Page> parent = parentOf(macroPageId);
        ConfluencePagePermissions access = new ConfluencePagePermissions(permissions, accessMode, pages, parent);
        boolean readOnly = readOnly();
        Optional<StoredPage> found = pages(parent).findByIncident(incidentKey);
        Optional<StoredPage> page = found.filter(access::canView);
        if (page.isEmpty()) {
            // A page the viewer may not see still exists: generating would make a second one, so it is not offered.
            boolean mayGenerate = found.isEmpty() && !readOnly && mayCreate(access, incidentKey);
            return new MacroState(null, mayGenerate, false, readOnly, null);
        }
        List<String> keys = followUpKeys(page.get());
        return new MacroState(page.get(), false, !readOnly && access.canEdit(page.get()), readOnly,
                keys.isEmpty() ? null : statuses.statusOf(keys));
    }

    private static boolean mayCreate(ConfluencePagePermissions access, String incidentKey) {
        try {
            return access.canCreateFor(incidentKey);
        } catch (HindsightException noParent) {
            return false;
        }
    }

    private static List<String> followUpKeys(StoredPage page) {
        try {
            return new PostmortemPageReader().read(page.body(), List.of()).actionItems().stream()
                    .map(PageActionItem::jiraKey).filter(Objects::nonNull).distinct().toList();
        } catch (MalformedStorageException unreadable) {
            // A page someone broke by hand still shows the incident; its follow-ups show again once it is fixed.
            return List.of();
        }
    }

    private ConfluencePostmortemPages pages(Supplier<Page> parent) {
        String base = Objects.requireNonNullElse(application.getBaseUrl(UrlMode.CANONICAL), "").replaceFirst("/+$", "");
        return new ConfluencePostmortemPages(pages, settings, locks, base, parent);
    }

    private Supplier<Page> parentOf(Long macroPageId) {
        return () -> PostmortemParent.resolve(pages, settings, macroPageId);
    }
}
