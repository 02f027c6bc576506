package io.hindsight.confluence.followup;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import com.atlassian.plugin.spring.scanner.annotation.component.ConfluenceComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ConfluenceImport;
import io.hindsight.platform.CurrentUser;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The live status of follow-ups, kept for {@link #TTL_SECONDS} in a host cache in front of a
 * {@link FollowUpStatusSource}, so that a page view answers from memory and Jira is asked at most once a minute per
 * viewer and page. Entries are per viewer because Jira answers as the viewer: another user may not see an issue.
 *
 * <p>Data Center: the cache is node-local with serialisable values; nothing in it must be shared, since each node
 * re-reads Jira when its entry expires. An answer that Jira could not give (slow, down) is cached as well, so that a
 * slow Jira costs one short timeout a minute, not one per view; "authorise first" is not cached, so that the next
 * view after authorising shows the statuses.
 */
@ConfluenceComponent
public class FollowUpStatusCache {

    static final String CACHE_NAME = "io.hindsight.confluence.followup.FollowUpStatusCache";
    static final long TTL_SECONDS = 60;
    private static final int MAX_ENTRIES = 10_000;
    private static final char USER_END = '\n';

    private final CurrentUser currentUser;
    private final FollowUpStatusSource source;
    /** Kept as a field: the cache holds its loader only weakly. */
    private final CacheLoader<String, FollowUpStatuses> loader;
    private final Cache<String, FollowUpStatuses> cache;

    public FollowUpStatusCache(@ConfluenceImport CacheManager cacheManager, CurrentUser currentUser,
                               FollowUpStatusSource source) {
        this.currentUser = currentUser;
        this.source = source;
        this.loader = this::load;
        this.cache = cacheManager.getCache(CACHE_NAME, loader, new CacheSettingsBuilder()
                .expireAfterWrite(TTL_SECONDS, TimeUnit.SECONDS).maxEntries(MAX_ENTRIES).local().build());
    }

    /** The status of these issues for the current viewer, from the cache when it was read in the last minute. */
    public FollowUpStatuses statusOf(List<String> issueKeys) {
        String key = currentUser.userKey().orElse("") + USER_END + String.join(",", issueKeys);
        FollowUpStatuses statuses = cache.get(key);
        if (statuses.needsAuthorisation()) {
            cache.remove(key);
        }
        return statuses;
    }

    private FollowUpStatuses load(String key) {
        String keys = key.substring(key.indexOf(USER_END) + 1);
        return source.statusOf(keys.isEmpty() ? List.of() : Arrays.asList(keys.split(",")));
    }
}
