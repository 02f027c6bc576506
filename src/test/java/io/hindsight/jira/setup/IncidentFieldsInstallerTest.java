package io.hindsight.jira.setup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

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
import io.hindsight.jira.HindsightJiraSettings;
import io.hindsight.jira.InMemoryPluginSettings;
import io.hindsight.jira.IncidentField;
import io.hindsight.jira.setup.SetupAction.Outcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;
import org.ofbiz.core.entity.GenericEntityException;

public class IncidentFieldsInstallerTest {

    private final CustomFieldManager customFieldManager = mock(CustomFieldManager.class);
    private final OptionsManager optionsManager = mock(OptionsManager.class);
    private final HindsightJiraSettings settings = new InMemoryPluginSettings().hindsightSettings();
    private final IncidentFieldsInstaller installer =
            new IncidentFieldsInstaller(customFieldManager, optionsManager, settings);
    private final IssueType incidentType = IncidentIssueTypeInstallerTest.type("10100", "Incident");
    private final SetupLog log = new SetupLog();

    @SuppressWarnings("rawtypes")
    private final Map<String, CustomFieldType> types = new HashMap<>();
    private final Map<String, CustomFieldSearcher> searchers = new HashMap<>();

    /** What Jira holds: each field Hindsight created, with the options its config has. */
    private final Map<IncidentField, CustomField> jiraFields = new EnumMap<>(IncidentField.class);
    private final Map<IncidentField, OptionList> jiraOptions = new EnumMap<>(IncidentField.class);

    @Before
    @SuppressWarnings({"rawtypes", "unchecked"})
    public void jiraOffersItsBuiltInFieldTypes() throws GenericEntityException {
        when(customFieldManager.getCustomFieldType(anyString()))
                .thenAnswer(call -> types.computeIfAbsent(call.getArgument(0), key -> mock(CustomFieldType.class)));
        when(customFieldManager.getCustomFieldSearcher(anyString())).thenAnswer(
                call -> searchers.computeIfAbsent(call.getArgument(0), key -> mock(CustomFieldSearcher.class)));
        when(customFieldManager.createCustomField(anyString(), anyString(), any(), any(), any(), any()))
                .thenAnswer(call -> newJiraField(byName(call.getArgument(0))));
        when(customFieldManager.getCustomFieldObject(anyString())).thenAnswer(call -> jiraFields.values().stream()
                .filter(field -> field.getId().equals(call.getArgument(0))).findFirst().orElse(null));
    }

    @Test
    public void fromNothing_createsEveryFieldForTheIncidentTypeOnly_withTheSelectOptionsInOrder() throws Exception {
        installer.ensure(incidentType, log);

        for (IncidentField field : IncidentField.values()) {
            verify(customFieldManager).createCustomField(eq(field.fieldName()), eq(field.description()),
                    eq(types.get(field.typeKey())), eq(searchers.get(field.searcherKey())),
                    eq(List.of(GlobalIssueContext.getInstance())), eq(List.of(incidentType)));
            assertEquals(Optional.of(jiraFields.get(field).getId()), settings.fieldId(field));
        }
        assertEquals(List.of("SEV-1", "SEV-2", "SEV-3", "SEV-4"), jiraOptions.get(IncidentField.SEVERITY).values());
        assertEquals(List.of("Yes", "No"), jiraOptions.get(IncidentField.PERSONAL_DATA_BREACH).values());
        verify(optionsManager).createOption(any(), isNull(), eq(1L), eq("SEV-2"));
        assertEquals(List.of(Outcome.CREATED, Outcome.CREATED, Outcome.CREATED, Outcome.CREATED), outcomes());
    }

    @Test
    public void secondStart_findsEveryFieldByItsIdAndCreatesNothing() throws Exception {
        installer.ensure(incidentType, log);
        SetupLog secondStart = new SetupLog();

        installer.ensure(incidentType, secondStart);

        verify(customFieldManager, times(4))
                .createCustomField(anyString(), anyString(), any(), any(), any(), any());
        verify(optionsManager, times(6)).createOption(any(), any(), anyLong(), anyString());
        assertTrue(secondStart.actions().stream().allMatch(action -> action.outcome() == Outcome.PRESENT));
        assertEquals(4, secondStart.actions().size());
    }

    @Test
    public void aFieldAnAdminDeleted_isCreatedAgainWithItsOptions_andTheOthersAreLeftAlone() throws Exception {
        installer.ensure(incidentType, log);
        String deletedId = jiraFields.remove(IncidentField.SEVERITY).getId();
        jiraOptions.remove(IncidentField.SEVERITY);
        SetupLog secondStart = new SetupLog();

        installer.ensure(incidentType, secondStart);

        String newId = settings.fieldId(IncidentField.SEVERITY).orElseThrow();
        assertTrue(!newId.equals(deletedId));
        assertEquals(List.of("SEV-1", "SEV-2", "SEV-3", "SEV-4"), jiraOptions.get(IncidentField.SEVERITY).values());
        SetupAction severity = secondStart.actions().get(0);
        assertEquals(Outcome.REPAIRED, severity.outcome());
        assertTrue(severity.detail(), severity.detail().contains(deletedId) && severity.detail().contains(newId));
        assertEquals(List.of(Outcome.REPAIRED, Outcome.PRESENT, Outcome.PRESENT, Outcome.PRESENT),
                secondStart.actions().stream().map(SetupAction::outcome).toList());
    }

    @Test
    public void anOptionAnAdminDeleted_isAddedBackInItsPlace() {
        installer.ensure(incidentType, log);
        jiraOptions.get(IncidentField.SEVERITY).removeIf(option -> option.getValue().equals("SEV-2"));
        SetupLog secondStart = new SetupLog();

        installer.ensure(incidentType, secondStart);

        verify(optionsManager, times(2)).createOption(any(), isNull(), eq(1L), eq("SEV-2"));
        SetupAction severity = secondStart.actions().get(0);
        assertEquals(Outcome.REPAIRED, severity.outcome());
        assertTrue(severity.detail(), severity.detail().contains("SEV-2"));
    }

    @Test
    public void aFieldTypeThisJiraLacks_isAFailure_andTheOtherFieldsAreStillCreated() throws Exception {
        when(customFieldManager.getCustomFieldType(IncidentField.COMMANDER.typeKey())).thenReturn(null);

        installer.ensure(incidentType, log);

        assertEquals(List.of(Outcome.CREATED, Outcome.FAILED, Outcome.CREATED, Outcome.CREATED), outcomes());
        assertEquals(Optional.empty(), settings.fieldId(IncidentField.COMMANDER));
        verify(customFieldManager, never()).createCustomField(eq(IncidentField.COMMANDER.fieldName()), anyString(),
                any(), any(), any(), any());
    }

    @Test
    public void aDatabaseFailure_isReportedPerField() throws Exception {
        when(customFieldManager.createCustomField(eq(IncidentField.IMPACT_STARTED.fieldName()), anyString(), any(),
                any(), any(), any())).thenThrow(new GenericEntityException("connection reset"));

        installer.ensure(incidentType, log);

        SetupAction impact = log.actions().get(2);
        assertEquals(Outcome.FAILED, impact.outcome());
        assertTrue(impact.detail(), impact.detail().contains("connection reset"));
    }

    private List<Outcome> outcomes() {
        return log.actions().stream().map(SetupAction::outcome).toList();
    }

    private static IncidentField byName(String name) {
        return Arrays.stream(IncidentField.values()).filter(field -> field.fieldName().equals(name))
                .findFirst().orElseThrow();
    }

    private CustomField newJiraField(IncidentField field) {
        CustomField customField = mock(CustomField.class);
        String id = "customfield_" + nextId++;
        when(customField.getId()).thenReturn(id);
        OptionList options = new OptionList();
        FieldConfig config = mock(FieldConfig.class);
        FieldConfigScheme scheme = mock(FieldConfigScheme.class);
        when(scheme.getOneAndOnlyConfig()).thenReturn(config);
        when(customField.getConfigurationSchemes()).thenReturn(List.of(scheme));
        when(optionsManager.getOptions(config)).thenAnswer(call -> jiraOptions.get(field));
        when(optionsManager.createOption(eq(config), isNull(), anyLong(), anyString())).thenAnswer(call -> {
            Option option = mock(Option.class);
            when(option.getValue()).thenReturn(call.getArgument(3));
            jiraOptions.get(field).add(call.getArgument(2, Long.class).intValue(), option);
            return option;
        });
        jiraFields.put(field, customField);
        jiraOptions.put(field, options);
        return customField;
    }

    private int nextId = 10000;

    /** Jira's Options: a list of options. */
    static final class OptionList extends ArrayList<Option> implements Options {

        private static final long serialVersionUID = 1L;

        List<String> values() {
            return stream().map(Option::getValue).toList();
        }
    }
}
