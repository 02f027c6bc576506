package io.hindsight.timeline;

import io.hindsight.platform.InvalidInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A request to add one entry to an incident's timeline; validates itself so that no caller (REST, webhook,
 * workflow listener) can store an entry that breaks the rules.
 *
 * @param occurredAt when it happened; {@code null} means now
 * @param externalId the source's own id for the entry; a repeat with the same source and id is a no-op
 */
public record AppendTimelineEventCommand(
        Instant occurredAt,
        TimelineEventKind kind,
        TimelineSource source,
        String summary,
        String details,
        String evidenceLink,
        String externalId) {

    public static final int MAX_SUMMARY = 255;
    public static final int MAX_DETAILS = 16_000;
    public static final int MAX_LINK = 2_000;
    public static final int MAX_EXTERNAL_ID = 200;

    public AppendTimelineEventCommand {
        if (kind == null) {
            throw new InvalidInputException("kind", "The kind is required.");
        }
        source = Objects.requireNonNullElse(source, TimelineSource.MANUAL);
        summary = Text.required("summary", summary, MAX_SUMMARY);
        details = Text.optional("details", details, MAX_DETAILS);
        evidenceLink = webLink(Text.optional("evidenceLink", evidenceLink, MAX_LINK));
        externalId = Text.optional("externalId", externalId, MAX_EXTERNAL_ID);
    }

    /** Only absolute http(s) links: anything else ({@code javascript:}, {@code data:}, relative) could run or mislead. */
    private static String webLink(String link) {
        if (link == null) {
            return null;
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return link;
            }
        } catch (URISyntaxException malformed) {
            // falls through to the same message as a wrong scheme
        }
        throw new InvalidInputException("evidenceLink", "An evidence link must be an absolute http or https URL.");
    }
}
