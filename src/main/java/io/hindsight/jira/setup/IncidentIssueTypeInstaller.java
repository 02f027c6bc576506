package io.hindsight.jira.setup;

import com.atlassian.jira.avatar.Avatar;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.icon.IconOwningObjectId;
import com.atlassian.jira.icon.IconType;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import io.hindsight.jira.HindsightJiraSettings;
import io.hindsight.jira.JiraIncidentDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the Incident issue type exists, with Hindsight's icon: a PNG shipped in the jar, stored by Jira as a
 * custom issue-type avatar when the type is created.
 */
@JiraComponent
public class IncidentIssueTypeInstaller {

    static final String SUBJECT = "issue type " + JiraIncidentDirectory.INCIDENT_ISSUE_TYPE;
    static final String ICON = "images/incident-issue-type.png";
    static final String DESCRIPTION = "Something is broken for users and people are working to restore it.";
    /** Owner of an avatar created before its issue type exists, as Jira's own avatar upload does. */
    private static final String NO_OWNER_YET = "0";

    private static final Logger LOG = LoggerFactory.getLogger(IncidentIssueTypeInstaller.class);

    private final IssueTypeManager issueTypeManager;
    private final AvatarManager avatarManager;
    private final HindsightJiraSettings settings;

    public IncidentIssueTypeInstaller(@JiraImport IssueTypeManager issueTypeManager,
            @JiraImport AvatarManager avatarManager, HindsightJiraSettings settings) {
        this.issueTypeManager = issueTypeManager;
        this.avatarManager = avatarManager;
        this.settings = settings;
    }

    /** The Incident issue type, created (again) when missing; empty when it could not be. */
    public Optional<IssueType> ensure(SetupLog log) {
        Collection<IssueType> types = issueTypeManager.getIssueTypes();
        Optional<String> rememberedId = settings.issueTypeId();
        Optional<IssueType> byName = types.stream()
                .filter(type -> JiraIncidentDirectory.INCIDENT_ISSUE_TYPE.equals(type.getName())).findFirst();
        if (byName.isPresent()) {
            settings.rememberIssueTypeId(byName.get().getId());
            log.present(SUBJECT, "id " + byName.get().getId());
            return byName;
        }
        Optional<IssueType> renamed = rememberedId.flatMap(id -> types.stream()
                .filter(type -> id.equals(type.getId())).findFirst());
        if (renamed.isPresent()) {
            // Incidents are recognised by the type's name; a second "Incident" type would split them in two.
            log.failed(SUBJECT, "Hindsight's issue type (id " + renamed.get().getId() + ") was renamed to '"
                    + renamed.get().getName() + "'. Rename it back to '" + JiraIncidentDirectory.INCIDENT_ISSUE_TYPE
                    + "': Hindsight recognises incidents by that name.");
            return renamed;
        }
        return create(rememberedId, log);
    }

    private Optional<IssueType> create(Optional<String> rememberedId, SetupLog log) {
        IssueType created;
        try {
            created = issueTypeManager.createIssueType(JiraIncidentDirectory.INCIDENT_ISSUE_TYPE, DESCRIPTION,
                    iconAvatarId());
        } catch (IllegalStateException nameTaken) {
            log.failed(SUBJECT, "Jira refused to create it: " + nameTaken.getMessage());
            return Optional.empty();
        }
        settings.rememberIssueTypeId(created.getId());
        if (rememberedId.isPresent()) {
            log.repaired(SUBJECT, "it had been deleted (id " + rememberedId.get() + "); created again as id "
                    + created.getId() + ". Add it back to the projects Hindsight is on for.");
        } else {
            log.created(SUBJECT, "id " + created.getId());
        }
        return Optional.of(created);
    }

    private Long iconAvatarId() {
        try (InputStream png = IncidentIssueTypeInstaller.class.getClassLoader().getResourceAsStream(ICON)) {
            if (png != null) {
                Avatar avatar = avatarManager.create("incident-issue-type.png", "image/png",
                        IconType.ISSUE_TYPE_ICON_TYPE, new IconOwningObjectId(NO_OWNER_YET), png, null);
                return avatar.getId();
            }
            LOG.warn("Hindsight's issue-type icon {} is missing from the jar; using Jira's default icon", ICON);
        } catch (IOException | RuntimeException iconFailed) {
            LOG.warn("Jira did not take Hindsight's issue-type icon; using Jira's default icon", iconFailed);
        }
        return avatarManager.getDefaultAvatarId(IconType.ISSUE_TYPE_ICON_TYPE);
    }
}
