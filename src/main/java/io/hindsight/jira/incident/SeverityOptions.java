package io.hindsight.jira.incident;

import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import io.hindsight.incident.Severity;
import io.hindsight.jira.IncidentField;
import io.hindsight.jira.IncidentFieldValues;

/** What Jira's issue input takes for a severity: the Severity field's id and the id of the option for the level. */
@JiraComponent
public class SeverityOptions {

    /** The field id ("customfield_10100") and option id to put into issue input parameters. */
    public record Input(String fieldId, String optionId) {
    }

    private final IncidentFieldValues fieldValues;
    private final OptionsManager optionsManager;

    public SeverityOptions(IncidentFieldValues fieldValues, @JiraImport OptionsManager optionsManager) {
        this.fieldValues = fieldValues;
        this.optionsManager = optionsManager;
    }

    /** @throws IllegalStateException when setup's Severity field or the level's option is gone */
    public Input inputFor(Severity severity) {
        CustomField field = fieldValues.field(IncidentField.SEVERITY).orElseThrow(() -> new IllegalStateException(
                "Hindsight's Severity field is missing; run the setup check in Hindsight's administration"));
        for (FieldConfigScheme scheme : field.getConfigurationSchemes()) {
            for (Option option : optionsManager.getOptions(scheme.getOneAndOnlyConfig())) {
                if (severity.code().equals(option.getValue())) {
                    return new Input(field.getId(), String.valueOf(option.getOptionId()));
                }
            }
        }
        throw new IllegalStateException("The Severity field has no option " + severity.code()
                + "; run the setup check in Hindsight's administration");
    }
}
