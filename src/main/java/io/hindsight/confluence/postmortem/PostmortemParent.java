package io.hindsight.confluence.postmortem;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import io.hindsight.platform.InvalidInputException;
import java.util.Optional;

/**
 * Where a new post-mortem page goes: under the page an administrator configured, else under the page the macro is
 * on. A configured page that was deleted falls back to the macro's page rather than failing.
 */
final class PostmortemParent {

    private PostmortemParent() {
    }

    /**
     * The parent page.
     *
     * @throws InvalidInputException ({@code pageId}) when no parent is configured and the macro's page is unknown
     */
    static Page resolve(PageManager pages, ConfluencePostmortemSettings settings, Long macroPageId) {
        Optional<Page> configured = settings.parentPageId().stream().mapToObj(pages::getPage).filter(PostmortemParent::live)
                .findFirst();
        if (configured.isPresent()) {
            return configured.get();
        }
        Page macroPage = macroPageId == null ? null : pages.getPage(macroPageId);
        if (!live(macroPage)) {
            throw new InvalidInputException("pageId", "Name the page the post-mortem macro is on: the post-mortem"
                    + " is created under it.");
        }
        return macroPage;
    }

    static boolean live(Page page) {
        return page != null && !page.isDeleted();
    }
}
