/*
 * Compile-only stand-in, never packaged: Confluence provides the real type.
 * Mirrors: https://docs.atlassian.com/ConfluenceServer/javadoc/9.0.2/com/atlassian/confluence/content/render/xhtml/ConversionContext.html
 * (Confluence 9.0.2): a public interface, the third parameter of Macro.execute (CONFIRMED doc on the Macro page).
 * Hindsight calls ContentEntityObject getEntity(), the content being rendered (the page the macro is on; null when
 * the macro is previewed outside a page), as PageContext.getEntity() does on
 * https://docs.atlassian.com/atlassian-confluence/3.5.2/com/atlassian/confluence/renderer/PageContext.html.
 * getEntity() on ConversionContext itself: UNCONFIRMED on a Javadoc page (reference atlassian-api.md section 2.4).
 */
package com.atlassian.confluence.content.render.xhtml;

import com.atlassian.confluence.core.ContentEntityObject;

public interface ConversionContext {

    ContentEntityObject getEntity();
}
