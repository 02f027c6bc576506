package io.hindsight.jira.setup;

import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import io.hindsight.actionitem.FollowUpSettings;
import io.hindsight.jira.HindsightJiraSettings;
import java.util.Collection;
import java.util.Optional;

/**
 * Makes sure the issue link type that ties an action item to its incident exists. Its name is the one follow-ups from
 * Confluence link with ({@link FollowUpSettings#ACTION_ITEM_LINK_TYPE}); the action item's side reads "is an action
 * item of", the incident's "has action item".
 */
@JiraComponent
public class ActionItemLinkTypeInstaller {

    static final String NAME = FollowUpSettings.ACTION_ITEM_LINK_TYPE;
    static final String OUTWARD = "is an action item of";
    static final String INWARD = "has action item";
    static final String SUBJECT = "issue link type " + NAME;

    private final IssueLinkTypeManager linkTypes;
    private final HindsightJiraSettings settings;

    public ActionItemLinkTypeInstaller(@JiraImport IssueLinkTypeManager linkTypes, HindsightJiraSettings settings) {
        this.linkTypes = linkTypes;
        this.settings = settings;
    }

    /** The link type, created (again) when missing; empty when Jira did not create it. */
    public Optional<IssueLinkType> ensure(SetupLog log) {
        Optional<IssueLinkType> existing = byName();
        if (existing.isPresent()) {
            settings.rememberActionItemLinkTypeId(existing.get().getId());
            log.present(SUBJECT, "id " + existing.get().getId());
            return existing;
        }
        Optional<String> remembered = settings.actionItemLinkTypeId();
        // An ordinary link type: the style is only set on Jira's own system types (sub-tasks, clones).
        linkTypes.createIssueLinkType(NAME, OUTWARD, INWARD, null);
        Optional<IssueLinkType> created = byName();
        if (created.isEmpty()) {
            log.failed(SUBJECT, "Jira did not create it; check that issue linking is switched on");
            return Optional.empty();
        }
        settings.rememberActionItemLinkTypeId(created.get().getId());
        if (remembered.isPresent()) {
            log.repaired(SUBJECT, "it had been deleted (id " + remembered.get() + "); created again as id "
                    + created.get().getId());
        } else {
            log.created(SUBJECT, "id " + created.get().getId());
        }
        return created;
    }

    private Optional<IssueLinkType> byName() {
        Collection<IssueLinkType> found = linkTypes.getIssueLinkTypesByName(NAME);
        return found == null ? Optional.empty() : found.stream().filter(type -> NAME.equals(type.getName())).findFirst();
    }
}
