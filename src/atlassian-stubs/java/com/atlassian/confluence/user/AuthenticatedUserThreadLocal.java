/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors the class used in Confluence plugins (reference atlassian-api.md section 2.4): static ConfluenceUser get(),
 * the user of the current request, null when anonymous, and static void set(ConfluenceUser). CONFIRMED (code);
 * Confluence 10.2: UNCONFIRMED. The body keeps the value so that adapter tests can sign a user in.
 */
package com.atlassian.confluence.user;

public class AuthenticatedUserThreadLocal {

    private static final ThreadLocal<ConfluenceUser> USER = new ThreadLocal<>();

    public static ConfluenceUser get() {
        return USER.get();
    }

    public static void set(ConfluenceUser user) {
        USER.set(user);
    }
}
