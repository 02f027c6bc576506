package io.hindsight.jira;

import io.hindsight.incident.Severity;
import java.util.Arrays;
import java.util.List;

/** The custom fields an Incident issue carries, with the Jira field type and searcher each one is created with. */
public enum IncidentField {
    SEVERITY("Severity", "How bad the incident is, SEV-1 (critical) to SEV-4 (cosmetic).", "select",
            "multiselectsearcher", Arrays.stream(Severity.values()).map(Severity::code).toList()),
    COMMANDER("Incident commander", "The one person who coordinates the response.", "userpicker",
            "userpickergroupsearcher", List.of()),
    IMPACT_STARTED("Impact started", "When users were first affected, which can be before anyone noticed.",
            "datetime", "datetimerange", List.of()),
    // A select rather than a checkbox: "not assessed yet" (empty) must differ from "no", since only a "yes" starts
    // the 72-hour notification clock of GDPR Art. 33.
    PERSONAL_DATA_BREACH("Personal data breach", "Whether personal data was exposed. Yes starts the 72-hour "
            + "clock to notify the supervisory authority (GDPR Art. 33).", "select", "multiselectsearcher",
            List.of("Yes", "No"));

    /** Jira's built-in custom field types and searchers live under this plugin key. */
    private static final String SYSTEM_TYPES = "com.atlassian.jira.plugin.system.customfieldtypes:";

    private final String fieldName;
    private final String description;
    private final String typeKey;
    private final String searcherKey;
    private final List<String> options;

    IncidentField(String fieldName, String description, String type, String searcher, List<String> options) {
        this.fieldName = fieldName;
        this.description = description;
        this.typeKey = SYSTEM_TYPES + type;
        this.searcherKey = SYSTEM_TYPES + searcher;
        this.options = List.copyOf(options);
    }

    /** The name the field is created with; admins may rename it, Hindsight finds it by id. */
    public String fieldName() {
        return fieldName;
    }

    public String description() {
        return description;
    }

    public String typeKey() {
        return typeKey;
    }

    public String searcherKey() {
        return searcherKey;
    }

    /** The select options, in display order; empty for fields that are not selects. */
    public List<String> options() {
        return options;
    }
}
