package io.hindsight.postmortem;

import io.hindsight.postmortem.storage.ConfluenceMarkup;
import io.hindsight.postmortem.storage.StorageTag;

/** A section only the authors can write (what went well, lessons learned…): a heading and a prompt. */
final class PromptSection implements PostmortemSection {

    private final String heading;
    private final String prompt;

    PromptSection(String heading, String prompt) {
        this.heading = heading;
        this.prompt = prompt;
    }

    @Override
    public void write(PostmortemContext context, ConfluenceMarkup page) {
        page.writer().element(StorageTag.H2, heading);
        page.prompt(prompt);
    }
}
