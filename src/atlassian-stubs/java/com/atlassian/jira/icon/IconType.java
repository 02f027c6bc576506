/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Javadoc: https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/avatar/AvatarManager.html (avatar
 * management by icon type).
 * Mirrors: the AvatarManager page above and a jakarta (Jira 11) plugin in public code that passes
 * IconType.ISSUE_TYPE_ICON_TYPE to AvatarManager: a static field holding an IconType object (not a compile-time
 * constant, so the value below never reaches the host). Whether IconType is final: UNCONFIRMED (a field read links
 * the same either way). CONFIRMED (code); Jira 11.3: UNCONFIRMED by Javadoc.
 */
package com.atlassian.jira.icon;

public final class IconType {

    public static final IconType ISSUE_TYPE_ICON_TYPE = new IconType();

    private IconType() {
    }
}
