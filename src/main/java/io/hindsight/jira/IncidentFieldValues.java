package io.hindsight.jira;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import io.hindsight.incident.Severity;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Optional;

/** Reads Hindsight's custom fields off an Incident issue, typed, finding the fields by the ids setup stored. */
@JiraComponent
public class IncidentFieldValues {

    private final CustomFieldManager customFieldManager;
    private final HindsightJiraSettings settings;

    public IncidentFieldValues(@JiraImport CustomFieldManager customFieldManager, HindsightJiraSettings settings) {
        this.customFieldManager = customFieldManager;
        this.settings = settings;
    }

    /** The severity, if set to one of SEV-1..SEV-4 (an option an admin added is no severity). */
    public Optional<Severity> severity(Issue issue) {
        return optionValue(issue, IncidentField.SEVERITY).flatMap(code -> Arrays.stream(Severity.values())
                .filter(severity -> severity.code().equals(code)).findFirst());
    }

    public Optional<ApplicationUser> commander(Issue issue) {
        return value(issue, IncidentField.COMMANDER).filter(ApplicationUser.class::isInstance)
                .map(ApplicationUser.class::cast);
    }

    /** Jira hands date-time field values over as java.sql.Timestamp, a Date. */
    public Optional<Instant> impactStarted(Issue issue) {
        return value(issue, IncidentField.IMPACT_STARTED).filter(Date.class::isInstance)
                .map(date -> ((Date) date).toInstant());
    }

    /** True for "Yes", false for "No", empty while nobody has assessed it. */
    public Optional<Boolean> personalDataBreach(Issue issue) {
        return optionValue(issue, IncidentField.PERSONAL_DATA_BREACH).flatMap(answer -> switch (answer) {
            case "Yes" -> Optional.of(true);
            case "No" -> Optional.of(false);
            default -> Optional.empty();
        });
    }

    /** The field setup created, if it still exists. */
    public Optional<CustomField> field(IncidentField field) {
        return settings.fieldId(field).map(customFieldManager::getCustomFieldObject);
    }

    private Optional<String> optionValue(Issue issue, IncidentField field) {
        return value(issue, field).filter(Option.class::isInstance).map(option -> ((Option) option).getValue());
    }

    private Optional<Object> value(Issue issue, IncidentField field) {
        return field(field).map(issue::getCustomFieldValue);
    }
}
