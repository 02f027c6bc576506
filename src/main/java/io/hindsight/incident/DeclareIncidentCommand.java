package io.hindsight.incident;

import io.hindsight.platform.InvalidInputException;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A request to declare an incident; validates itself.
 *
 * @param impactStartedAt when users were first affected, if known; becomes the impact-started key instant, set by hand
 * @param commanderKey    the incident commander's user key; {@code null} makes the declarer the commander
 * @param declaredAt      when it was declared, for an incident recorded after the fact; {@code null} means now
 */
public record DeclareIncidentCommand(String projectKey, String summary, Severity severity, Instant impactStartedAt,
        String commanderKey, boolean personalDataBreach, Instant declaredAt) {

    public static final int MAX_SUMMARY = 255;
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,49}");

    public DeclareIncidentCommand {
        if (projectKey == null || !PROJECT_KEY.matcher(projectKey).matches()) {
            throw new InvalidInputException("projectKey", "A project key looks like OPS: capital letters, digits, _.");
        }
        if (summary == null || summary.isBlank()) {
            throw new InvalidInputException("summary", "The summary is required.");
        }
        summary = summary.strip();
        if (summary.codePointCount(0, summary.length()) > MAX_SUMMARY
                || summary.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("summary", "A summary is one line of at most " + MAX_SUMMARY + " characters.");
        }
        if (severity == null) {
            throw new InvalidInputException("severity", "The severity is required; when unsure, declare higher.");
        }
        if (commanderKey != null) {
            UserKeys.check("commander", commanderKey);
        }
        if (impactStartedAt != null && declaredAt != null && impactStartedAt.isAfter(declaredAt)) {
            throw new InvalidInputException("impactStartedAt", "Impact cannot start after the declaration.");
        }
    }
}
