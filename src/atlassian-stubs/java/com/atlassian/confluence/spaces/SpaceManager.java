/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors the interface used in Confluence plugins (reference atlassian-api.md section 2.4): Space getSpace(String
 * spaceKey), null when no such space. CONFIRMED (code); Confluence 10.2: UNCONFIRMED.
 */
package com.atlassian.confluence.spaces;

public interface SpaceManager {

    Space getSpace(String spaceKey);
}
