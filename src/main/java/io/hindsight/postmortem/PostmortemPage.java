package io.hindsight.postmortem;

import java.util.Objects;

/** A generated post-mortem: the page title and its body in Confluence storage format. */
public record PostmortemPage(String title, String body) {

    public PostmortemPage {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
    }
}
