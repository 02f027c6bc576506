package io.hindsight.postmortem.workflow;

/** Port: what the current user may do with post-mortem pages, as the host decides it (Confluence space permissions). */
public interface PagePermissions {

    /** Whether the current user may create the post-mortem page of this incident where the host puts it. */
    boolean canCreateFor(String incidentKey);

    boolean canView(StoredPage page);

    boolean canEdit(StoredPage page);
}
