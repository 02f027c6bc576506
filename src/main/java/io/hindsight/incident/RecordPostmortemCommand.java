package io.hindsight.incident;

import io.hindsight.platform.InvalidInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** A report of where an incident's post-mortem is and how far its review got; validates itself. */
public record RecordPostmortemCommand(String url, PostmortemStatus status) {

    public static final int MAX_URL = 2_000;

    public RecordPostmortemCommand {
        url = webLink(url);
        if (status == null) {
            throw new InvalidInputException("status", "The status is draft, in-review or published.");
        }
    }

    /** Only absolute http(s) links: anything else ({@code javascript:}, {@code data:}, relative) could run or mislead. */
    private static String webLink(String link) {
        String trimmed = link == null ? "" : link.strip();
        if (!trimmed.isEmpty() && trimmed.length() <= MAX_URL) {
            try {
                URI uri = new URI(trimmed);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                    return trimmed;
                }
            } catch (URISyntaxException malformed) {
                // falls through to the same message as a wrong scheme
            }
        }
        throw new InvalidInputException("url", "The post-mortem's link is an absolute http or https URL of at most "
                + MAX_URL + " characters.");
    }
}
