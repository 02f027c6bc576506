/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors: https://docs.atlassian.com/ConfluenceServer/javadoc/7.20.3/com/atlassian/confluence/core/class-use/Modification.html
 * (Confluence 7.20.3): the public interface ContentEntityManager declares <T extends ContentEntityObject> void
 * saveNewVersion(T current, Modification<T> modification) ("applies the state changes supplied by modification and
 * persists those changes to a new version"); void saveContentEntity(ContentEntityObject, SaveContext) is CONFIRMED
 * (code, reference atlassian-api.md section 2.4). The void return of saveNewVersion is CONFIRMED (code, a decompiled
 * DefaultContentEntityManager). Confluence 10.2: UNCONFIRMED.
 */
package com.atlassian.confluence.core;

public interface ContentEntityManager {

    void saveContentEntity(ContentEntityObject object, SaveContext saveContext);

    <T extends ContentEntityObject> void saveNewVersion(T current, Modification<T> modification);
}
