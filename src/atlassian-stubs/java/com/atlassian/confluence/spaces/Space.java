/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors the class used in Confluence plugins (reference atlassian-api.md section 2.4): a public class; Hindsight
 * calls getHomePage() (CONFIRMED code) and getKey() (UNCONFIRMED on a Javadoc page). The bodies keep values so
 * that adapter tests run on real objects.
 */
package com.atlassian.confluence.spaces;

import com.atlassian.confluence.pages.Page;

public class Space {

    private final String key;
    private final Page homePage;

    /** Not called by Hindsight (spaces come from SpaceManager); lets tests make one. */
    public Space(String key, Page homePage) {
        this.key = key;
        this.homePage = homePage;
    }

    public Page getHomePage() {
        return homePage;
    }

    public String getKey() {
        return key;
    }
}
