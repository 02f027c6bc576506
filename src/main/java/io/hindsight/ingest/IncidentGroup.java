package io.hindsight.ingest;

import java.util.Objects;

/**
 * What routing rules group signals by: a project and a name such as {@code checkout{region="eu"}}. A group has
 * at most one open incident at a time; the signals of a group go to it.
 */
public record IncidentGroup(String projectKey, String name) {

    public IncidentGroup {
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(name, "name");
    }

    /** A fixed-length key for storage: SHA-256 of project and name, which cannot run into each other. */
    public String hash() {
        return SignalText.sha256Hex(projectKey + "\n" + name);
    }

    @Override
    public String toString() {
        return projectKey + "/" + name;
    }
}
