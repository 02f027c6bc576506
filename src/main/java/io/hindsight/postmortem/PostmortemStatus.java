package io.hindsight.postmortem;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a post-mortem page is in its review: Draft, In review, Published. */
public enum PostmortemStatus {
    DRAFT("Draft"),
    IN_REVIEW("In review"),
    PUBLISHED("Published");

    private final String title;

    PostmortemStatus(String title) {
        this.title = title;
    }

    /** The title on the page's status lozenge. */
    public String title() {
        return title;
    }

    /** The status whose title this is, ignoring case and extra spaces, as a person may retype it. */
    public static Optional<PostmortemStatus> fromTitle(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalized = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(status -> status.title.toLowerCase(Locale.ROOT).equals(normalized))
                .findFirst();
    }
}
