package io.hindsight.postmortem.workflow;

import java.util.Objects;

/**
 * A post-mortem page as its host stores it: the host's page id, the incident it belongs to, its title, its body in
 * storage format, the version the next save must name, and the absolute address people open it at.
 */
public record StoredPage(String id, String incidentKey, String title, String body, int version, String url) {

    public StoredPage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(incidentKey, "incidentKey");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(url, "url");
    }
}
