package io.hindsight.jira.setup;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.GlobalIssueContext;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.customfields.option.Options;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import io.hindsight.jira.HindsightJiraSettings;
import io.hindsight.jira.IncidentField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ofbiz.core.entity.GenericEntityException;

/**
 * Makes sure each {@link IncidentField} exists, with its select options. Fields are created with one global context
 * limited to the Incident issue type, so a project has them exactly when it has the issue type: turning Hindsight on
 * for a project needs no per-project field context.
 */
@JiraComponent
public class IncidentFieldsInstaller {

    private final CustomFieldManager customFieldManager;
    private final OptionsManager optionsManager;
    private final HindsightJiraSettings settings;

    public IncidentFieldsInstaller(@JiraImport CustomFieldManager customFieldManager,
            @JiraImport OptionsManager optionsManager, HindsightJiraSettings settings) {
        this.customFieldManager = customFieldManager;
        this.optionsManager = optionsManager;
        this.settings = settings;
    }

    public void ensure(IssueType incidentType, SetupLog log) {
        for (IncidentField field : IncidentField.values()) {
            try {
                ensure(field, incidentType, log);
            } catch (RuntimeException unexpected) {
                log.failed(subject(field), "Jira failed: " + unexpected);
            }
        }
    }

    private void ensure(IncidentField field, IssueType incidentType, SetupLog log) {
        Optional<String> rememberedId = settings.fieldId(field);
        CustomField existing = rememberedId.map(customFieldManager::getCustomFieldObject).orElse(null);
        if (existing != null) {
            List<String> restored = restoreOptions(existing, field, log);
            if (restored.isEmpty()) {
                log.present(subject(field), existing.getId());
            } else {
                log.repaired(subject(field), "options " + restored + " had been deleted and were added again");
            }
            return;
        }
        Optional<CustomField> created = create(field, incidentType, log);
        if (created.isEmpty()) {
            return;
        }
        String id = created.get().getId();
        settings.rememberFieldId(field, id);
        restoreOptions(created.get(), field, log);
        if (rememberedId.isPresent()) {
            log.repaired(subject(field), "it had been deleted (" + rememberedId.get() + "); created again as " + id
                    + ". Values held by the deleted field went with it.");
        } else {
            log.created(subject(field), id);
        }
    }

    @SuppressWarnings("rawtypes")
    private Optional<CustomField> create(IncidentField field, IssueType incidentType, SetupLog log) {
        CustomFieldType type = customFieldManager.getCustomFieldType(field.typeKey());
        CustomFieldSearcher searcher = customFieldManager.getCustomFieldSearcher(field.searcherKey());
        if (type == null || searcher == null) {
            log.failed(subject(field), "this Jira does not offer the field type " + field.typeKey()
                    + " with the searcher " + field.searcherKey());
            return Optional.empty();
        }
        try {
            return Optional.of(customFieldManager.createCustomField(field.fieldName(), field.description(), type,
                    searcher, List.of(GlobalIssueContext.getInstance()), List.of(incidentType)));
        } catch (GenericEntityException databaseFailure) {
            log.failed(subject(field), "Jira could not create it: " + databaseFailure.getMessage());
            return Optional.empty();
        }
    }

    /** Adds the options the field should have and lacks; returns what it added. */
    private List<String> restoreOptions(CustomField customField, IncidentField field, SetupLog log) {
        if (field.options().isEmpty()) {
            return List.of();
        }
        List<FieldConfigScheme> schemes = customField.getConfigurationSchemes();
        if (schemes == null || schemes.isEmpty()) {
            log.failed(subject(field), customField.getId() + " has no field context, so it has no options. Give "
                    + "it a context for the Incident issue type in Jira's custom field settings.");
            return List.of();
        }
        FieldConfig config = schemes.get(0).getOneAndOnlyConfig();
        Options options = optionsManager.getOptions(config);
        Set<String> present = options == null ? Set.of()
                : options.stream().map(Option::getValue).collect(Collectors.toSet());
        List<String> added = new ArrayList<>();
        for (int position = 0; position < field.options().size(); position++) {
            String value = field.options().get(position);
            if (!present.contains(value)) {
                optionsManager.createOption(config, null, (long) position, value);
                added.add(value);
            }
        }
        return added;
    }

    private static String subject(IncidentField field) {
        return "field " + field.fieldName();
    }
}
