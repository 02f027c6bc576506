package io.hindsight.standalone.rest;

import io.hindsight.postmortem.PostmortemStatus;
import io.hindsight.postmortem.lint.BlameFinding;
import io.hindsight.postmortem.workflow.PostmortemWorkflow.PostmortemView;
import io.hindsight.postmortem.workflow.StoredPage;
import java.util.List;
import java.util.Locale;

/**
 * A post-mortem page on the wire: where it is, its version (name it when saving an edit), the status it shows
 * ({@code draft}, {@code in-review}, {@code published}, or {@code null} when a person removed the lozenge), its body in
 * storage format and the blame-in-disguise findings in it.
 */
public record PostmortemPageDto(String incidentKey, String pageId, String title, int version, String url,
                                String status, Boolean created, String body, List<FindingDto> findings) {

    static PostmortemPageDto of(StoredPage page, Boolean created) {
        return new PostmortemPageDto(page.incidentKey(), page.id(), page.title(), page.version(), page.url(), null,
                created, page.body(), null);
    }

    static PostmortemPageDto of(PostmortemView view) {
        StoredPage page = view.page();
        return new PostmortemPageDto(page.incidentKey(), page.id(), page.title(), page.version(), page.url(),
                code(view.status()), null, page.body(), view.findings().stream().map(FindingDto::of).toList());
    }

    static String code(PostmortemStatus status) {
        return status == null ? null : status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** One finding: the words, the rule, why it reads as blame, and a systemic wording to consider. */
    public record FindingDto(String excerpt, String rule, String reason, String suggestion) {

        static FindingDto of(BlameFinding finding) {
            return new FindingDto(finding.excerpt(), finding.rule(), finding.reason(), finding.suggestion());
        }
    }
}
