/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors: https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/message/I18nResolver.html
 * (SAL 3.0.0): a public interface; String getText(String key) returns the text for the key in the current user's
 * locale. CONFIRMED (code, used the same way across Jira and Confluence plugins); the page itself was not read:
 * UNCONFIRMED (doc). Declared as an interface, as plugins import it with @ComponentImport.
 */
package com.atlassian.sal.api.message;

public interface I18nResolver {

    String getText(String key);
}
