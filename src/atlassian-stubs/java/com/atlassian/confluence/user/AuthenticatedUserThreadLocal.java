/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors the class used in Confluence plugins (reference atlassian-api.md section 2.4): static ConfluenceUser get(),
 * the user of the current request, null when anonymous. CONFIRMED (code); Confluence 10.2: UNCONFIRMED.
 */
package com.atlassian.confluence.user;

public class AuthenticatedUserThreadLocal {

    public static ConfluenceUser get() {
        throw new UnsupportedOperationException("stand-in");
    }
}
