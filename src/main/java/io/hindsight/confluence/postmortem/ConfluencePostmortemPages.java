package io.hindsight.confluence.postmortem;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.confluence.core.DefaultSaveContext;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import io.hindsight.platform.ConflictException;
import io.hindsight.platform.NotFoundException;
import io.hindsight.postmortem.workflow.PostmortemPages;
import io.hindsight.postmortem.workflow.StoredPage;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * {@link PostmortemPages} on Confluence's PageManager. The incident's page is found again by the page id remembered in
 * the plugin settings, never by title. Creating and saving run under a cluster-wide lock per incident and per page, so
 * that two nodes generating at once make one page, and a save never lands on a version it did not check.
 */
final class ConfluencePostmortemPages implements PostmortemPages {

    /** How long a request waits for another one generating or saving the same page. */
    static final long LOCK_WAIT_SECONDS = 10;

    private final PageManager pages;
    private final ConfluencePostmortemSettings settings;
    private final ClusterLockService locks;
    private final String baseUrl;
    private final Supplier<Page> parent;

    /** {@code parent} is asked only when a page must be created; {@code baseUrl} has no trailing slash. */
    ConfluencePostmortemPages(PageManager pages, ConfluencePostmortemSettings settings, ClusterLockService locks,
                              String baseUrl, Supplier<Page> parent) {
        this.pages = pages;
        this.settings = settings;
        this.locks = locks;
        this.baseUrl = baseUrl;
        this.parent = parent;
    }

    @Override
    public Optional<StoredPage> findByIncident(String incidentKey) {
        OptionalLong id = settings.pageOf(incidentKey);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Page page = pages.getPage(id.getAsLong());
        return PostmortemParent.live(page) ? Optional.of(stored(page, incidentKey)) : Optional.empty();
    }

    @Override
    public StoredPage create(String incidentKey, String title, String body) {
        return locked("io.hindsight.confluence.postmortem.incident." + incidentKey, () -> {
            Optional<StoredPage> existing = findByIncident(incidentKey);
            if (existing.isPresent()) {
                return existing.get();
            }
            Page under = parent.get();
            Page page = new Page();
            page.setTitle(title);
            page.setBodyAsString(body);
            page.setSpace(under.getSpace());
            page.setParentPage(under);
            under.addChild(page);
            // Notifications and events as for a person's page: watchers of the parent hear of the post-mortem.
            pages.saveContentEntity(page, new DefaultSaveContext(false, true, false));
            settings.rememberPage(incidentKey, page.getId());
            return stored(page, incidentKey);
        });
    }

    @Override
    public StoredPage save(String pageId, int expectedVersion, String body) {
        long id = Long.parseLong(pageId);
        return locked("io.hindsight.confluence.postmortem.page." + id, () -> {
            Page page = pages.getPage(id);
            if (!PostmortemParent.live(page)) {
                throw new NotFoundException("The post-mortem page " + pageId + " no longer exists.");
            }
            if (page.getVersion() != expectedVersion) {
                throw new ConflictException("page_changed", "The page was saved since version " + expectedVersion
                        + " (it is at version " + page.getVersion() + "); reload it and try again.");
            }
            pages.saveNewVersion(page, current -> current.setBodyAsString(body));
            return stored(page, settings.incidentOf(id).orElse(""));
        });
    }

    private StoredPage stored(Page page, String incidentKey) {
        return new StoredPage(String.valueOf(page.getId()), incidentKey, page.getTitle(), page.getBodyAsString(),
                page.getVersion(), baseUrl + "/pages/viewpage.action?pageId=" + page.getId());
    }

    private <T> T locked(String name, Supplier<T> work) {
        ClusterLock lock = locks.getLockForName(name);
        boolean held;
        try {
            held = lock.tryLock(LOCK_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            held = false;
        }
        if (!held) {
            throw new ConflictException("page_busy", "Another request is writing this post-mortem; try again.");
        }
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
