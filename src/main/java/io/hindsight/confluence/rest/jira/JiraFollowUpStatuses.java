package io.hindsight.confluence.rest.jira;

import com.atlassian.plugin.spring.scanner.annotation.component.ConfluenceComponent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hindsight.confluence.JiraAuthorisationRequired;
import io.hindsight.confluence.JiraHttp;
import io.hindsight.confluence.JiraResponse;
import io.hindsight.confluence.JiraUnavailable;
import io.hindsight.confluence.followup.FollowUpState;
import io.hindsight.confluence.followup.FollowUpStatus;
import io.hindsight.confluence.followup.FollowUpStatusSource;
import io.hindsight.confluence.followup.FollowUpStatuses;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@link FollowUpStatusSource} on one Jira REST v2 search over the link ({@code GET /rest/api/2/search} with
 * {@code key in (...)}, fields {@code status} and {@code duedate}), waiting at most {@link #TIMEOUT_MS}.
 * {@code validateQuery=false} makes Jira skip keys that no longer exist, or that the viewer may not see, instead of
 * refusing the whole query; those come back {@link FollowUpState#UNKNOWN}.
 */
@ConfluenceComponent
public class JiraFollowUpStatuses implements FollowUpStatusSource {

    /** A page view waits on this call at most this long (to connect, and again to read). */
    public static final int TIMEOUT_MS = JiraHttp.PAGE_VIEW_TIMEOUT_MS;
    /** More than a healthy post-mortem has (5 to 7); the rest are left out rather than searched page by page. */
    public static final int MAX_ISSUES = 50;
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}-[1-9][0-9]{0,17}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JiraHttp jira;
    private final Clock clock;

    public JiraFollowUpStatuses(JiraHttp jira) {
        this(jira, Clock.systemUTC());
    }

    JiraFollowUpStatuses(JiraHttp jira, Clock clock) {
        this.jira = jira;
        this.clock = clock;
    }

    @Override
    public FollowUpStatuses statusOf(List<String> issueKeys) {
        List<String> keys = issueKeys.stream().filter(key -> ISSUE_KEY.matcher(key).matches()).distinct()
                .limit(MAX_ISSUES).toList();
        if (keys.isEmpty()) {
            return FollowUpStatuses.read(List.of(), clock.instant());
        }
        String jql = "key in (" + keys.stream().map(Jql::quoted).collect(Collectors.joining(", ")) + ")";
        JiraResponse response;
        try {
            response = jira.send(JiraHttp.Method.GET, "/rest/api/2/search?jql=" + Jql.urlEncoded(jql)
                    + "&fields=status,duedate&validateQuery=false&maxResults=" + keys.size(), null, TIMEOUT_MS);
        } catch (JiraAuthorisationRequired e) {
            return FollowUpStatuses.authorise(e.authorisationUri(), clock.instant());
        } catch (JiraUnavailable e) {
            return FollowUpStatuses.unavailable(e.getMessage(), clock.instant());
        }
        if (!response.isSuccess()) {
            return FollowUpStatuses.unavailable(JiraErrors.failure("read the follow-ups' status", response).reason(),
                    clock.instant());
        }
        return parse(keys, response.body());
    }

    private FollowUpStatuses parse(List<String> keys, String body) {
        JsonNode found;
        try {
            found = JSON.readTree(body).path("issues");
        } catch (IOException e) {
            return FollowUpStatuses.unavailable("Jira's answer was not JSON.", clock.instant());
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, FollowUpStatus> byKey = new HashMap<>();
        found.forEach(issue -> {
            String key = issue.path("key").asText();
            JsonNode fields = issue.path("fields");
            LocalDate due = date(fields.path("duedate").asText(null));
            String category = fields.path("status").path("statusCategory").path("key").asText("");
            byKey.put(key, new FollowUpStatus(key, fields.path("status").path("name").asText(""),
                    FollowUpStatus.stateOf(category, due, today), due));
        });
        return FollowUpStatuses.read(keys.stream().map(key -> byKey.getOrDefault(key,
                new FollowUpStatus(key, "", FollowUpState.UNKNOWN, null))).toList(), clock.instant());
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isEmpty() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
