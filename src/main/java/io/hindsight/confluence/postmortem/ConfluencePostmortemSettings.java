package io.hindsight.confluence.postmortem;

import com.atlassian.plugin.spring.scanner.annotation.component.ConfluenceComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ConfluenceImport;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.hindsight.actionitem.FollowUpSettings;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * What Hindsight keeps in Confluence's global plugin settings (in the database, so every cluster node reads the same):
 * the page an administrator chose as the parent of every post-mortem (otherwise each goes under the page its macro is
 * on), the Jira project follow-ups are filed in, and which page is each incident's post-mortem.
 */
@ConfluenceComponent
public class ConfluencePostmortemSettings {

    static final String PREFIX = "io.hindsight.confluence.";
    static final String PARENT_PAGE = PREFIX + "postmortem.parentPageId";
    static final String FOLLOW_UP_PROJECT = PREFIX + "followup.projectKey";
    static final String PAGE_OF = PREFIX + "postmortem.page.";
    static final String INCIDENT_OF = PREFIX + "postmortem.incidentOfPage.";
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}");

    private final PluginSettingsFactory settingsFactory;

    public ConfluencePostmortemSettings(@ConfluenceImport PluginSettingsFactory settingsFactory) {
        this.settingsFactory = settingsFactory;
    }

    /** The page every post-mortem goes under, when an administrator chose one. */
    public OptionalLong parentPageId() {
        return number(settings().get(PARENT_PAGE));
    }

    public void setParentPageId(Long pageId) {
        store(PARENT_PAGE, pageId == null ? null : String.valueOf(pageId));
    }

    /** Where follow-ups go: the chosen project's tasks, labelled and linked as {@link FollowUpSettings#inProject}. */
    public Optional<FollowUpSettings> followUps() {
        Object key = settings().get(FOLLOW_UP_PROJECT);
        return key instanceof String project && PROJECT_KEY.matcher(project).matches()
                ? Optional.of(FollowUpSettings.inProject(project)) : Optional.empty();
    }

    public void setFollowUpProject(String projectKey) {
        store(FOLLOW_UP_PROJECT, projectKey);
    }

    /** The id of the incident's post-mortem page, if one was generated. */
    public OptionalLong pageOf(String incidentKey) {
        return number(settings().get(PAGE_OF + incidentKey));
    }

    /** The incident whose post-mortem the page is, if it is one. */
    public Optional<String> incidentOf(long pageId) {
        Object key = settings().get(INCIDENT_OF + pageId);
        return key instanceof String incident ? Optional.of(incident) : Optional.empty();
    }

    public void rememberPage(String incidentKey, long pageId) {
        store(PAGE_OF + incidentKey, String.valueOf(pageId));
        store(INCIDENT_OF + pageId, incidentKey);
    }

    private void store(String key, String value) {
        if (value == null) {
            settings().remove(key);
        } else {
            settings().put(key, value);
        }
    }

    private PluginSettings settings() {
        return settingsFactory.createGlobalSettings();
    }

    private static OptionalLong number(Object value) {
        if (value instanceof String text) {
            try {
                return OptionalLong.of(Long.parseLong(text));
            } catch (NumberFormatException e) {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.empty();
    }
}
