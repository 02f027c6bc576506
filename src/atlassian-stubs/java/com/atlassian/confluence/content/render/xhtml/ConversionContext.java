/*
 * Compile-only stand-in, never packaged: Confluence provides the real type.
 * Mirrors: https://docs.atlassian.com/ConfluenceServer/javadoc/9.0.2/com/atlassian/confluence/content/render/xhtml/ConversionContext.html
 * (Confluence 9.0.2): a public interface, the third parameter of Macro.execute (CONFIRMED doc on the Macro page).
 * Hindsight calls none of its methods.
 */
package com.atlassian.confluence.content.render.xhtml;

public interface ConversionContext {
}
