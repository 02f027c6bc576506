package io.hindsight.confluence.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.hindsight.postmortem.workflow.StoredPage;

/**
 * A post-mortem page as the macro's buttons see it: its id, title, address and version, and for a generate call
 * whether this call created it ({@code false}: the page the incident already had, offered instead).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PostmortemPageDto(String outcome, String id, String title, String url, int version, Boolean created) {

    static PostmortemPageDto of(StoredPage page, Boolean created) {
        return new PostmortemPageDto("done", page.id(), page.title(), page.url(), page.version(), created);
    }
}
