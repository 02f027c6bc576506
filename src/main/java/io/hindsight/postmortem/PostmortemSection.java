package io.hindsight.postmortem;

import io.hindsight.postmortem.storage.ConfluenceMarkup;

/** One part of the post-mortem page, written in page order by the composer. */
interface PostmortemSection {

    void write(PostmortemContext context, ConfluenceMarkup page);
}
