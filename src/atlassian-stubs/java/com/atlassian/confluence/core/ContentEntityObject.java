/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors: https://docs.atlassian.com/ConfluenceServer/javadoc/8.9.1/com/atlassian/confluence/core/ContentEntityObject.html
 * (Confluence 8.9.1): public and abstract; the real class sits below ConfluenceEntityObject and
 * AbstractVersionedEntityObject, which declare getId() and getVersion(); the JVM resolves those through the real
 * hierarchy, so the flattening here changes no descriptor. Members Hindsight calls: long getId(), String getTitle(),
 * void setTitle(String), String getBodyAsString(), void setBodyAsString(String), int getVersion(), boolean
 * isDeleted(). CONFIRMED (code, reference atlassian-api.md section 2.4) for the title, body and version members and
 * getId(); isDeleted() (the page is in the trash): UNCONFIRMED on a Javadoc page (the class's DELETED status
 * constant is documented on the 8.9.1 page). The bodies keep values so that adapter tests run on real objects; in
 * the host the real class replaces this one.
 */
package com.atlassian.confluence.core;

public abstract class ContentEntityObject {

    private long id;
    private String title;
    private String body;
    private int version;
    private boolean deleted;

    public long getId() {
        return id;
    }

    /** Not called by Hindsight (the host assigns ids); lets tests give a page its id. */
    public void setId(long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBodyAsString() {
        return body;
    }

    public void setBodyAsString(String body) {
        this.body = body;
    }

    public int getVersion() {
        return version;
    }

    /** Not called by Hindsight (the host counts versions); lets tests set one. */
    public void setVersion(int version) {
        this.version = version;
    }

    public boolean isDeleted() {
        return deleted;
    }

    /** Not called by Hindsight; lets tests put a page in the trash. */
    public void setDeleted(boolean deleted) {
        this.deleted = deleted;
    }
}
