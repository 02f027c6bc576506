package io.hindsight.timeline;

import io.hindsight.platform.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;

/** What a timeline entry records. Stored by {@link #code()}, so constants may be added but never renamed. */
public enum TimelineEventKind {
    DECLARED,
    SEVERITY_CHANGED,
    STATUS_CHANGED,
    COMMANDER_CHANGED,
    ASSIGNEE_CHANGED,
    COMMENT,
    ALERT_FIRING,
    ALERT_RESOLVED,
    PAGE_TRIGGERED,
    PAGE_ACKNOWLEDGED,
    PAGE_ESCALATED,
    PAGE_RESOLVED,
    DEPLOY_STARTED,
    DEPLOY_FINISHED,
    ROLLBACK,
    FEATURE_FLAG_CHANGED,
    CONFIG_CHANGED,
    NOTE,
    DECISION,
    STATUS_PAGE_UPDATE,
    FAILED_ATTEMPT,
    FOLLOW_UP_LINKED,
    KEY_INSTANT,
    POSTMORTEM_RECORDED,
    DEADLINE_MET,
    DEADLINE_BREACHED,
    PERSONAL_DATA_BREACH_FLAGGED;

    /** The stored and wire form: lower case with hyphens, e.g. {@code alert-firing}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind with this code; a clear 400 naming {@code field} for anything else. */
    public static TimelineEventKind fromCode(String code, String field) {
        return Arrays.stream(values())
                .filter(kind -> kind.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "Unknown kind '" + Text.abbreviate(code, 40)
                        + "'. Known kinds: " + Arrays.stream(values()).map(TimelineEventKind::code).toList() + "."));
    }
}
