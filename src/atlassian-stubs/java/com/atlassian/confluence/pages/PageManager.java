/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors: https://docs.atlassian.com/atlassian-confluence/6.0.1/com/atlassian/confluence/pages/package-use.html
 * ("PageManager: manages the retrieval and manipulation both pages and blog entries"), a public interface that
 * extends ContentEntityManager. Hindsight calls Page getPage(long id) and the inherited save methods. CONFIRMED
 * (code, reference atlassian-api.md section 2.4); Confluence 10.2: UNCONFIRMED.
 */
package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityManager;

public interface PageManager extends ContentEntityManager {

    Page getPage(long id);
}
