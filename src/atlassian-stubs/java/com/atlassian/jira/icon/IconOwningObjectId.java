/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Javadoc: https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/avatar/AvatarManager.html (avatar
 * management by icon type and owner).
 * Mirrors: the AvatarManager page above; the public (String) constructor is CONFIRMED (code) in a jakarta (Jira 11)
 * plugin and in ScriptRunner scripts in public code, which create issue-type avatars owned by "0" before the issue
 * type exists. Jira 11.3 by Javadoc: UNCONFIRMED.
 */
package com.atlassian.jira.icon;

public final class IconOwningObjectId {

    private final String id;

    public IconOwningObjectId(String id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return id;
    }
}
