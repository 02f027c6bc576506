/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors: https://docs.atlassian.com/sal-parent/3.0.4/xref/com/atlassian/sal/api/user/UserKey.html (SAL 3.0.4):
 * a final class with a public constructor taking the key string and getStringValue() returning it.
 * CONFIRMED (doc) for SAL 3.0.4; the SAL shipped with Jira 11.3 / Confluence 10.2: UNCONFIRMED.
 * Hindsight calls getStringValue() only; the constructor is declared for tests, as in the real class.
 */
package com.atlassian.sal.api.user;

import java.util.Objects;

public final class UserKey {

    private final String userKey;

    public UserKey(String userKey) {
        this.userKey = Objects.requireNonNull(userKey, "userKey");
    }

    public String getStringValue() {
        return userKey;
    }
}
