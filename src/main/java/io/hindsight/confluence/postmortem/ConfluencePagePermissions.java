package io.hindsight.confluence.postmortem;

import com.atlassian.confluence.api.service.accessmode.AccessModeService;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import io.hindsight.postmortem.workflow.PagePermissions;
import io.hindsight.postmortem.workflow.StoredPage;
import java.util.function.Supplier;

/**
 * {@link PagePermissions} as Confluence decides them for the current user: space permissions and page restrictions
 * through PermissionManager, and read-only mode (an administrator's maintenance switch), in which nobody creates or
 * changes a page.
 */
final class ConfluencePagePermissions implements PagePermissions {

    private final PermissionManager permissions;
    private final AccessModeService accessMode;
    private final PageManager pages;
    private final Supplier<Page> parent;

    /** {@code parent} is where a new post-mortem would go; it is asked only when creating. */
    ConfluencePagePermissions(PermissionManager permissions, AccessModeService accessMode, PageManager pages,
                              Supplier<Page> parent) {
        this.permissions = permissions;
        this.accessMode = accessMode;
        this.pages = pages;
        this.parent = parent;
    }

    @Override
    public boolean canCreateFor(String incidentKey) {
        return !accessMode.isReadOnlyAccessModeEnabled()
                && permissions.hasCreatePermission(AuthenticatedUserThreadLocal.get(), parent.get(), Page.class);
    }

    @Override
    public boolean canView(StoredPage page) {
        Page target = pages.getPage(Long.parseLong(page.id()));
        return target != null && permissions.hasPermission(AuthenticatedUserThreadLocal.get(), Permission.VIEW, target);
    }

    @Override
    public boolean canEdit(StoredPage page) {
        Page target = pages.getPage(Long.parseLong(page.id()));
        return target != null && !accessMode.isReadOnlyAccessModeEnabled()
                && permissions.hasPermission(AuthenticatedUserThreadLocal.get(), Permission.EDIT, target);
    }
}
