/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/avatar/CroppingAvatarImageDataProviderFactory.html
 * (com.atlassian.jira.avatar.Selection, the cropping of an uploaded image; null takes the largest square). Hindsight
 * passes null only, so no member is declared; class-ness: UNCONFIRMED (it is only a parameter type here, which links
 * the same either way).
 */
package com.atlassian.jira.avatar;

public class Selection {
}
