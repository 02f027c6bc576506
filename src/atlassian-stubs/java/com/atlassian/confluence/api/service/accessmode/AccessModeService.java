/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors: https://docs.atlassian.com/ConfluenceServer/javadoc/6.9.3/com/atlassian/confluence/rest/client/RemoteAccessModeService.html
 * (Confluence 6.9.3), which documents itself as the promise-returning equivalent of AccessModeService's methods,
 * among them isReadOnlyAccessModeEnabled(); the package com.atlassian.confluence.api.service.accessmode is CONFIRMED
 * (code: Confluence 9 plugins inject it with @ComponentImport). Hindsight calls boolean isReadOnlyAccessModeEnabled()
 * only (read-only mode, which an administrator turns on for maintenance or an upgrade). The non-promise signature on
 * a Confluence 10.2 Javadoc page: UNCONFIRMED.
 */
package com.atlassian.confluence.api.service.accessmode;

public interface AccessModeService {

    boolean isReadOnlyAccessModeEnabled();
}
