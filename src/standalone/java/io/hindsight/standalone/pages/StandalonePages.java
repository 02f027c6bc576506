package io.hindsight.standalone.pages;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.hindsight.platform.ConflictException;
import io.hindsight.platform.CurrentUser;
import io.hindsight.platform.NotFoundException;
import io.hindsight.platform.ao.WriteConflicts;
import io.hindsight.postmortem.workflow.PostmortemPages;
import io.hindsight.postmortem.workflow.StoredPage;
import java.net.URI;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import net.java.ao.Query;

/**
 * The embedded host's post-mortem pages, in Active Objects as storage format, one per incident (the incident key is
 * a unique column), each save a new version kept in the page's history. Pages are read at {@code /postmortems/KEY}.
 */
public final class StandalonePages implements PostmortemPages {

    private final ActiveObjects ao;
    private final Supplier<URI> baseUrl;
    private final CurrentUser currentUser;
    private final Clock clock;

    public StandalonePages(ActiveObjects ao, Supplier<URI> baseUrl, CurrentUser currentUser, Clock clock) {
        this.ao = ao;
        this.baseUrl = baseUrl;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Where people open an incident's page in this host. */
    public static String path(String incidentKey) {
        return "/postmortems/" + incidentKey;
    }

    @Override
    public Optional<StoredPage> findByIncident(String incidentKey) {
        return Arrays.stream(ao.find(StandalonePageAo.class,
                Query.select().where(StandalonePageAo.INCIDENT_KEY + " = ?", incidentKey))).findFirst().map(this::toPage);
    }

    @Override
    public StoredPage create(String incidentKey, String title, String body) {
        try {
            return ao.executeInTransaction(() -> {
                Map<String, Object> page = new HashMap<>();
                page.put(StandalonePageAo.INCIDENT_KEY, incidentKey);
                page.put(StandalonePageAo.TITLE, title);
                page.put(StandalonePageAo.BODY, body);
                page.put(StandalonePageAo.PAGE_VERSION, 1);
                StandalonePageAo created = ao.create(StandalonePageAo.class, page);
                revision(created.getID(), 1, body);
                return toPage(created);
            });
        } catch (RuntimeException failure) {
            if (WriteConflicts.isWriteConflict(failure)) {
                // Another request made the incident's page first: that one is the page.
                return findByIncident(incidentKey).orElseThrow(() -> failure);
            }
            throw failure;
        }
    }

    @Override
    public StoredPage save(String pageId, int expectedVersion, String body) {
        try {
            return ao.executeInTransaction(() -> {
                StandalonePageAo[] rows = ao.find(StandalonePageAo.class,
                        Query.select().where("ID = ?", Integer.parseInt(pageId)));
                if (rows.length == 0) {
                    throw new NotFoundException("No page " + pageId + ".");
                }
                StandalonePageAo page = rows[0];
                if (page.getPageVersion() != expectedVersion) {
                    throw staleVersion(page.getPageVersion(), expectedVersion);
                }
                revision(page.getID(), expectedVersion + 1, body);
                page.setBody(body);
                page.setPageVersion(expectedVersion + 1);
                page.save();
                return toPage(page);
            });
        } catch (RuntimeException failure) {
            if (WriteConflicts.isWriteConflict(failure)) {
                throw staleVersion(-1, expectedVersion);
            }
            throw failure;
        }
    }

    private void revision(int pageId, int version, String body) {
        Map<String, Object> revision = new HashMap<>();
        revision.put(StandalonePageRevAo.REV_KEY, pageId + ":" + version);
        revision.put(StandalonePageRevAo.PAGE_ID, pageId);
        revision.put(StandalonePageRevAo.PAGE_VERSION, version);
        revision.put(StandalonePageRevAo.BODY, body);
        revision.put(StandalonePageRevAo.SAVED_BY, currentUser.userKey().orElse(null));
        revision.put(StandalonePageRevAo.SAVED_AT, clock.millis());
        ao.create(StandalonePageRevAo.class, revision);
    }

    private static ConflictException staleVersion(int current, int expected) {
        return new ConflictException("stale_version", "The page changed since version " + expected
                + (current > 0 ? " (it is at version " + current + ")" : "")
                + "; reload it and apply your edit again.");
    }

    private StoredPage toPage(StandalonePageAo row) {
        String url = baseUrl.get().resolve(path(row.getIncidentKey())).toString();
        return new StoredPage(Integer.toString(row.getID()), row.getIncidentKey(), row.getTitle(), row.getBody(),
                row.getPageVersion(), url);
    }
}
