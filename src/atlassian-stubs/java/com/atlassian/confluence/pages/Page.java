/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors the class used in Confluence plugins (reference atlassian-api.md section 2.4) and
 * https://docs.atlassian.com/ConfluenceServer/javadoc/8.7.2/com/atlassian/confluence/pages/package-use.html
 * ("Page: represents a Page within Confluence"): a public class with a public no-argument constructor; Hindsight
 * calls setSpace(Space), getSpace(), setParentPage(Page), addChild(Page) (the parent must name its new child too)
 * and the ContentEntityObject members. The real class extends AbstractPage, SpaceContentEntityObject and
 * ContentEntityObject; the flattening keeps every descriptor. CONFIRMED (code) except getSpace(): UNCONFIRMED.
 * The bodies keep values so that adapter tests run on real objects; in the host the real class replaces this one.
 */
package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.spaces.Space;
import java.util.ArrayList;
import java.util.List;

public class Page extends ContentEntityObject {

    private Space space;
    private Page parent;
    private final List<Page> children = new ArrayList<>();

    public Page() {
    }

    public Space getSpace() {
        return space;
    }

    public void setSpace(Space space) {
        this.space = space;
    }

    public void setParentPage(Page parent) {
        this.parent = parent;
    }

    /** Not called by Hindsight; lets tests check where a page was put. */
    public Page getParent() {
        return parent;
    }

    public void addChild(Page child) {
        children.add(child);
    }

    /** Not called by Hindsight; lets tests check that the parent names its child. */
    public List<Page> getChildren() {
        return children;
    }
}
