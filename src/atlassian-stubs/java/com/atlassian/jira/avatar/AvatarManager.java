/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/avatar/AvatarManager.html
 * (@PublicApi interface, "Manager interface for Avatar domain objects"). The two members declared here are CONFIRMED
 * (code) in a jakarta (Jira 11) plugin in public code that builds its issue-type icon from a PNG in its jar:
 * Avatar create(String fileName, String contentType, IconType iconType, IconOwningObjectId owner, InputStream image,
 * Selection cropping) and Long getDefaultAvatarId(IconType); the same create overload is implemented by a compiling
 * AvatarManager mock for Jira 8/9 (cures-hub/cures-condec-jira). create also declares DataAccessException, which is
 * unchecked and left out. The exact Jira 11.3 signatures: UNCONFIRMED by Javadoc.
 */
package com.atlassian.jira.avatar;

import com.atlassian.jira.icon.IconOwningObjectId;
import com.atlassian.jira.icon.IconType;
import java.io.IOException;
import java.io.InputStream;

public interface AvatarManager {

    /** Stores a custom avatar from the image; a null cropping selection takes the largest square. */
    Avatar create(String fileName, String contentType, IconType iconType, IconOwningObjectId owningObjectId,
            InputStream imageData, Selection croppingSelection) throws IOException;

    Long getDefaultAvatarId(IconType iconType);
}
