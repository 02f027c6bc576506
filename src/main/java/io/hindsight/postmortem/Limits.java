package io.hindsight.postmortem;

/** How much of each user text a page shows, so that no input can make a page too big to save or read. */
final class Limits {

    /** Confluence's page title limit. */
    static final int TITLE = 255;
    static final int NAME = 200;
    static final int LINE = 300;
    static final int PARAGRAPH = 2000;
    static final int LISTED_RESPONSE_ACTIONS = 40;
    static final int LISTED_CHANGES = 20;

    private Limits() {
    }
}
