package io.hindsight.actionitem;

import java.util.Objects;

/**
 * The post-mortem page as a follow-up links back to it: its address, its title, and the global id that makes the
 * link one per issue and page however often it is written.
 */
public record PageLink(String url, String title, String globalId) {

    /** Jira keeps a remote link's global id to 255 characters. */
    static final int MAX_GLOBAL_ID = 255;

    public PageLink {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(globalId, "globalId");
        if (globalId.isEmpty() || globalId.length() > MAX_GLOBAL_ID) {
            throw new IllegalArgumentException("A remote link's global id is 1 to 255 characters.");
        }
    }
}
