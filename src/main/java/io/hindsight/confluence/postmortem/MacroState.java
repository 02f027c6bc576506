package io.hindsight.confluence.postmortem;

import io.hindsight.confluence.followup.FollowUpStatuses;
import io.hindsight.postmortem.workflow.StoredPage;
import java.util.Optional;

/**
 * What the macro offers the viewer about an incident's post-mortem: the page when it exists and they may see it,
 * whether they may generate it (no page yet) or create its follow-ups (they may edit the page), and the follow-ups'
 * live status (empty when the page names none).
 */
public record MacroState(StoredPage page, boolean canGenerate, boolean canCreateFollowUps, boolean readOnly,
                         FollowUpStatuses followUps) {

    public Optional<StoredPage> pageIfAny() {
        return Optional.ofNullable(page);
    }

    public Optional<FollowUpStatuses> followUpsIfAny() {
        return Optional.ofNullable(followUps);
    }
}
