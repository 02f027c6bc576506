/*
 * Compile-only stand-in, never packaged: the host (Jira 11.3 / Confluence 10.2) provides the real type.
 * Mirrors: https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/lifecycle/LifecycleAware.html
 * (SAL 3.0.0): a public interface with void onStart() and void onStop(); onStop() is called only after onStart(),
 * before the plugin is disabled or the framework shuts down. The page says a Spring Scanner plugin must publish the
 * component as an OSGi service of this interface with ExportAsService. CONFIRMED (doc) for SAL 3.0.0; Confluence
 * 10.0.3's Javadoc still lists the manager that calls it
 * (https://docs.atlassian.com/ConfluenceServer/javadoc/10.0.3/com/atlassian/sal/confluence/lifecycle/package-summary.html).
 * SAL in Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.sal.api.lifecycle;

public interface LifecycleAware {

    /** Called once the application has started and the plugin is enabled. */
    void onStart();

    /** Called before the plugin is disabled or the application stops, if onStart() ran. */
    void onStop();
}
