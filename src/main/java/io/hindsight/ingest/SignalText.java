package io.hindsight.ingest;

import io.hindsight.timeline.AppendTimelineEventCommand;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Makes sender text fit the timeline's rules: a sender's free text is never a reason to refuse its payload, so
 * control characters are dropped and long text is shortened, where a person typing would get a 400 instead.
 */
public final class SignalText {

    /** The label (or field) naming the incident an alert belongs to, e.g. {@code hindsight_incident="OPS-12"}. */
    public static final String INCIDENT_LABEL = "hindsight_incident";

    private static final Pattern INCIDENT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,49}-[1-9][0-9]{0,17}");

    private SignalText() {
    }

    /** One line of at most 255 characters, or {@code fallback} when there is nothing left. */
    public static String summary(String text, String fallback) {
        String line = text == null ? "" : text.replaceAll("\\s+", " ");
        String cleaned = withoutControls(line).strip();
        if (cleaned.isEmpty()) {
            cleaned = fallback;
        }
        return shorten(cleaned, AppendTimelineEventCommand.MAX_SUMMARY);
    }

    /** Multi-line text of at most the details limit, or {@code null} when blank. */
    public static String details(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = withoutControls(text.replace("\r\n", "\n")).strip();
        return cleaned.isEmpty() ? null : shorten(cleaned, AppendTimelineEventCommand.MAX_DETAILS);
    }

    /** An absolute http(s) link, or {@code null}: a relative or odd link is dropped, not a reason to refuse. */
    public static String link(String candidate) {
        if (candidate == null || candidate.isBlank() || candidate.length() > AppendTimelineEventCommand.MAX_LINK) {
            return null;
        }
        try {
            URI uri = new URI(candidate.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            return web && uri.getHost() != null && withoutControls(candidate).equals(candidate)
                    ? candidate.strip() : null;
        } catch (URISyntaxException malformed) {
            return null;
        }
    }

    /** The first usable link among {@code candidates}, or {@code null}. */
    public static String firstLink(String... candidates) {
        for (String candidate : candidates) {
            String link = link(candidate);
            if (link != null) {
                return link;
            }
        }
        return null;
    }

    /**
     * An external id that fits the timeline's column: kept as it is up to 200 characters, otherwise replaced by a
     * SHA-256 of it, which still repeats exactly when the sender's id repeats.
     */
    public static String externalId(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        String cleaned = withoutControls(id).strip();
        if (cleaned.length() <= AppendTimelineEventCommand.MAX_EXTERNAL_ID) {
            return cleaned;
        }
        return "sha256:" + sha256Hex(cleaned);
    }

    /**
     * The incident key a sender named, normalised to upper case, or {@code null} when it named none or something
     * that cannot be a key (reported as unroutable by the router, not refused here).
     */
    public static String incidentKey(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.strip().toUpperCase(Locale.ROOT);
    }

    /** Whether {@code key} has the shape of an incident key, such as {@code OPS-12}. */
    public static boolean isIncidentKey(String key) {
        return key != null && INCIDENT_KEY.matcher(key).matches();
    }

    /** {@code name="value"} pairs, one per line, in the order given: how labels read in details. */
    public static String labelLines(Map<String, String> labels) {
        StringJoiner lines = new StringJoiner("\n");
        labels.forEach((name, value) -> lines.add(name + "=\"" + value + "\""));
        return lines.toString();
    }

    /** A value quoted back in an error message: at most 40 characters, whatever the sender put there. */
    static String echo(String value) {
        return shorten(String.valueOf(value), 40);
    }

    public static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256.", impossible);
        }
    }

    // Tabs and line breaks are legitimate in details; other C0/C1 controls only hide or garble text.
    private static String withoutControls(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints()
                .filter(c -> !Character.isISOControl(c) || c == '\n' || c == '\t')
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** {@code text} cut to {@code maxCodePoints}, its last one an ellipsis when cut; surrogate pairs stay whole. */
    static String shorten(String text, int maxCodePoints) {
        if (text.codePointCount(0, text.length()) <= maxCodePoints) {
            return text;
        }
        int end = text.offsetByCodePoints(0, maxCodePoints - 1);
        return text.substring(0, end) + "…";
    }
}
