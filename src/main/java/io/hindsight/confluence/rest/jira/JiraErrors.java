package io.hindsight.confluence.rest.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hindsight.actionitem.FollowUpFailure;
import io.hindsight.actionitem.FollowUpFailure.Kind;
import io.hindsight.confluence.JiraResponse;
import io.hindsight.confluence.JiraUnavailable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a Jira REST error answer into the reason a person reads: Jira's {@code errorMessages} and {@code errors}
 * (field to message) when the body has them, a sentence per status otherwise.
 */
final class JiraErrors {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_REASON = 500;

    private JiraErrors() {
    }

    static FollowUpFailure failure(String doing, JiraResponse response) {
        int status = response.status();
        String details = details(response.body());
        if (status == 400) {
            return new FollowUpFailure(Kind.REJECTED, sentence("Jira refused to " + doing + details));
        }
        if (status == 403) {
            return new FollowUpFailure(Kind.FORBIDDEN, sentence("Jira does not allow you to " + doing + details));
        }
        if (status == 404) {
            return new FollowUpFailure(Kind.NOT_FOUND, sentence("Jira could not " + doing + ": not found" + details));
        }
        if (status >= 500) {
            return new FollowUpFailure(Kind.UNAVAILABLE, "Jira failed (HTTP " + status + ") to " + doing
                    + "; try again later.");
        }
        return new FollowUpFailure(Kind.UNAVAILABLE, "Jira answered HTTP " + status + " when asked to " + doing
                + ".");
    }

    static FollowUpFailure unavailable(JiraUnavailable e) {
        return new FollowUpFailure(Kind.UNAVAILABLE, e.getMessage() + " Try again later.", null, e);
    }

    /** The reason Jira's error body gives (Hindsight's {@code message}, or Jira's own lists), or a general one. */
    static String message(String body) {
        try {
            JsonNode error = JSON.readTree(body);
            if (error != null && error.hasNonNull("message")) {
                return error.get("message").asText();
            }
        } catch (IOException notJson) {
            // Fall through to Jira's own error lists, or to the general sentence.
        }
        String details = details(body);
        return details.isEmpty() ? "no reason given." : details.substring(2);
    }

    private static String sentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }

    /** ": field: message; message" from Jira's error body, or "" when it has none. */
    private static String details(String body) {
        List<String> parts = new ArrayList<>();
        try {
            JsonNode error = JSON.readTree(body);
            if (error != null && error.isObject()) {
                error.path("errorMessages").forEach(message -> parts.add(message.asText()));
                error.path("errors").fields().forEachRemaining(field ->
                        parts.add(field.getKey() + ": " + field.getValue().asText()));
            }
        } catch (IOException notJson) {
            // A proxy's HTML error page says nothing a person could act on; the status sentence stands alone.
        }
        String joined = String.join("; ", parts);
        if (joined.length() > MAX_REASON) {
            joined = joined.substring(0, MAX_REASON) + "…";
        }
        return joined.isEmpty() ? "" : ": " + joined;
    }
}
