/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors: https://docs.atlassian.com/ConfluenceServer/javadoc/8.9.1/com/atlassian/confluence/core/ContentEntityObject.html
 * (Confluence 8.9.1): a public abstract class (the real one sits below ConfluenceEntityObject and
 * AbstractVersionedEntityObject, which declare getId() and getVersion(); the JVM resolves those through the real
 * hierarchy, so the flattening here changes no descriptor). Members Hindsight calls: long getId(), String getTitle(),
 * void setTitle(String), String getBodyAsString(), void setBodyAsString(String), int getVersion(), boolean
 * isDeleted(). CONFIRMED (code, reference atlassian-api.md section 2.4) for the title, body and version members and
 * getId(); isDeleted() (the page is in the trash): UNCONFIRMED on a Confluence 10.2 page (the class's DELETED
 * status constant is documented on the 8.9.1 page).
 */
package com.atlassian.confluence.core;

public abstract class ContentEntityObject {

    public long getId() {
        throw new UnsupportedOperationException("stand-in");
    }

    public String getTitle() {
        throw new UnsupportedOperationException("stand-in");
    }

    public void setTitle(String title) {
        throw new UnsupportedOperationException("stand-in");
    }

    public String getBodyAsString() {
        throw new UnsupportedOperationException("stand-in");
    }

    public void setBodyAsString(String body) {
        throw new UnsupportedOperationException("stand-in");
    }

    public int getVersion() {
        throw new UnsupportedOperationException("stand-in");
    }

    public boolean isDeleted() {
        throw new UnsupportedOperationException("stand-in");
    }
}
