/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors the class used in Confluence plugins (reference atlassian-api.md section 2.4): a public class implementing
 * SaveContext with the constructor (boolean suppressNotifications, boolean updateLastModifier, boolean
 * suppressEvents). CONFIRMED (code); the meaning of each flag: UNCONFIRMED on a Javadoc page.
 */
package com.atlassian.confluence.core;

public class DefaultSaveContext implements SaveContext {

    public DefaultSaveContext(boolean suppressNotifications, boolean updateLastModifier, boolean suppressEvents) {
    }
}
