/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors: https://docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/pluginsettings/PluginSettingsFactory.html
 * (SAL 2.0): a public interface whose createGlobalSettings() returns the PluginSettings shared by the whole
 * application (kept in the database, so every cluster node sees them), and
 * https://docs.atlassian.com/ConfluenceServer/javadoc/9.0.2/com/atlassian/sal/confluence/pluginsettings/ConfluencePluginSettingsFactory.html
 * (Confluence 9.0.2, Platform 7), whose implementation still has it. CONFIRMED (doc) up to Platform 7 and (code) in
 * Jira 11 plugins (reference atlassian-api.md section 2.2). Jira 11.3 by Javadoc: UNCONFIRMED.
 */
package com.atlassian.sal.api.pluginsettings;

public interface PluginSettingsFactory {

    PluginSettings createGlobalSettings();
}
