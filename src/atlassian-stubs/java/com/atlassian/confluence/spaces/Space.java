/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors the class used in Confluence plugins (reference atlassian-api.md section 2.4): a public class; Hindsight
 * calls getHomePage() (CONFIRMED code) and getKey() (UNCONFIRMED on a Javadoc page).
 */
package com.atlassian.confluence.spaces;

import com.atlassian.confluence.pages.Page;

public class Space {

    public Page getHomePage() {
        throw new UnsupportedOperationException("stand-in");
    }

    public String getKey() {
        throw new UnsupportedOperationException("stand-in");
    }
}
