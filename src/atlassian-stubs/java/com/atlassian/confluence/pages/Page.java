/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors the class used in Confluence plugins (reference atlassian-api.md section 2.4) and
 * https://docs.atlassian.com/ConfluenceServer/javadoc/8.7.2/com/atlassian/confluence/pages/package-use.html
 * ("Page: represents a Page within Confluence"): a public class with a public no-argument constructor; Hindsight
 * calls setSpace(Space), getSpace(), setParentPage(Page), addChild(Page) (the parent must name its new child too)
 * and the ContentEntityObject members. The real class extends AbstractPage, SpaceContentEntityObject and
 * ContentEntityObject; the flattening keeps every descriptor. CONFIRMED (code) except getSpace(): UNCONFIRMED.
 */
package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.spaces.Space;

public class Page extends ContentEntityObject {

    public Page() {
    }

    public Space getSpace() {
        throw new UnsupportedOperationException("stand-in");
    }

    public void setSpace(Space space) {
        throw new UnsupportedOperationException("stand-in");
    }

    public void setParentPage(Page parent) {
        throw new UnsupportedOperationException("stand-in");
    }

    public void addChild(Page child) {
        throw new UnsupportedOperationException("stand-in");
    }
}
