/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors: https://docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/pluginsettings/PluginSettings.html
 * (SAL 2.0): a public interface; get(String), put(String, Object) and remove(String) each return Object. Values are
 * Strings, Lists of Strings, Maps of Strings or Properties (Hindsight stores Strings only). CONFIRMED (code) for
 * get/put in Jira 11 plugins (reference atlassian-api.md section 2.2); remove and the value-type rule: UNCONFIRMED
 * beyond the SAL 2.0 page.
 */
package com.atlassian.sal.api.pluginsettings;

public interface PluginSettings {

    Object get(String key);

    Object put(String key, Object value);

    Object remove(String key);
}
