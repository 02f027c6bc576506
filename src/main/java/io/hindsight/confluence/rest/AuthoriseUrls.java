package io.hindsight.confluence.rest;

import java.net.URI;
import java.util.Locale;

/** The authorisation address a browser is sent to: only http(s), so a link from Jira cannot carry script. */
final class AuthoriseUrls {

    private AuthoriseUrls() {
    }

    static String shown(URI uri) {
        String scheme = uri == null || uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https") ? uri.toString() : null;
    }
}
