package io.hindsight.postmortem.workflow;

import java.util.Optional;

/**
 * Port: where post-mortem pages live (Confluence pages under a configured parent in production). One page per
 * incident: the host finds it again by a deterministic marker (a label, a stored page id), never by its title.
 */
public interface PostmortemPages {

    /** The incident's post-mortem page, if one was generated. */
    Optional<StoredPage> findByIncident(String incidentKey);

    /**
     * Creates the incident's page under the configured parent, marked as the incident's. When another request created
     * one for the same incident a moment earlier, answers that page instead of making a second.
     */
    StoredPage create(String incidentKey, String title, String body);

    /**
     * Saves a new body over version {@code expectedVersion} and answers the page as saved.
     *
     * @throws io.hindsight.platform.ConflictException when the page is no longer at {@code expectedVersion}
     */
    StoredPage save(String pageId, int expectedVersion, String body);
}
