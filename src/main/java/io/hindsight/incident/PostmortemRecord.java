package io.hindsight.incident;

import java.time.Instant;
import java.util.Objects;

/**
 * The post-mortem document of an incident as Hindsight knows it: where it is, how far its review got, who recorded
 * that and when, and when it was first published (what the post-mortem deadline is measured against).
 *
 * @param publishedAt the first time it was recorded as published; {@code null} until then, and kept afterwards
 */
public record PostmortemRecord(String url, PostmortemStatus status, String recordedBy, Instant recordedAt,
        Instant publishedAt) {

    public PostmortemRecord {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (status == PostmortemStatus.PUBLISHED && publishedAt == null) {
            throw new IllegalArgumentException("a published post-mortem has a publication instant");
        }
    }

    public boolean isPublished() {
        return status == PostmortemStatus.PUBLISHED;
    }

    /** The record after a new report of link and status; the first publication instant is kept. */
    public static PostmortemRecord next(PostmortemRecord previous, String url, PostmortemStatus status, String by,
            Instant at) {
        Instant published = previous == null ? null : previous.publishedAt();
        if (status == PostmortemStatus.PUBLISHED && published == null) {
            published = at;
        }
        return new PostmortemRecord(url, status, by, at, published);
    }
}
