package io.hindsight.postmortem;

import io.hindsight.postmortem.storage.ConfluenceMarkup;
import io.hindsight.postmortem.storage.StorageTag;
import io.hindsight.postmortem.storage.StorageWriter;
import io.hindsight.postmortem.storage.XmlText;
import io.hindsight.timeline.TimelineEvent;
import io.hindsight.timeline.TimelineEventKind;
import java.util.List;

/** Timeline entries as list items in prose sections: time, kind, source, what happened, evidence. */
final class EventLines {

    private EventLines() {
    }

    /** A bulleted list of at most {@code max} entries, then how many more the timeline holds. */
    static void list(ConfluenceMarkup page, List<TimelineEvent> events, int max, String moreText) {
        StorageWriter out = page.writer();
        out.open(StorageTag.UL);
        events.stream().limit(max).forEach(event -> {
            out.open(StorageTag.LI);
            line(page, event);
            out.close();
        });
        out.close();
        if (events.size() > max) {
            out.element(StorageTag.P, "… and " + (events.size() - max) + " " + moreText);
        }
    }

    static void line(ConfluenceMarkup page, TimelineEvent event) {
        StorageWriter out = page.writer();
        out.text(PageText.utcSeconds(event.occurredAt()) + " UTC — ");
        if (event.kind() == TimelineEventKind.FAILED_ATTEMPT) {
            out.element(StorageTag.STRONG, "failed attempt");
        } else {
            out.text(event.kind().code());
        }
        out.text(" (" + event.source().code() + "): " + XmlText.truncate(event.summary(), Limits.LINE));
        if (ConfluenceMarkup.isSafeUrl(event.evidenceLink())) {
            out.text(" ");
            page.link(event.evidenceLink(), "evidence");
        }
    }
}
