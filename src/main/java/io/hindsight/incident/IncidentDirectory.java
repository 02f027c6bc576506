package io.hindsight.incident;

import java.util.Optional;

/** Port: where incidents live (Jira issues in production, a small table in the embedded host). */
public interface IncidentDirectory {

    /** The incident with this key, whoever asks; permission checks are {@link IncidentAccess}'s job. */
    Optional<IncidentRef> findByKey(String key);
}
