package io.hindsight.postmortem;

import io.hindsight.postmortem.storage.ConfluenceMarkup;
import io.hindsight.postmortem.storage.StorageTag;
import io.hindsight.postmortem.storage.StorageWriter;
import io.hindsight.postmortem.storage.XmlText;
import java.util.Optional;

/** How the incident was detected, from the timeline entry behind the detection instant, and the time to detect. */
final class DetectionSection implements PostmortemSection {

    @Override
    public void write(PostmortemContext context, ConfluenceMarkup page) {
        StorageWriter out = page.writer();
        out.element(StorageTag.H2, "Detection");
        Optional<KeyInstant> detected = context.input().keyInstants().get(KeyMoment.DETECTED);
        if (detected.isEmpty()) {
            out.element(StorageTag.P, "The timeline does not record when the incident was detected.");
        } else {
            out.open(StorageTag.P).text("Detected at " + PageText.utcMinutes(detected.get().at()));
            detected.get().sourceIfLinked().ifPresentOrElse(source -> {
                out.text(", from " + source.source().code() + ": “"
                        + XmlText.truncate(source.summary(), Limits.LINE) + "”");
                if (ConfluenceMarkup.isSafeUrl(source.evidenceLink())) {
                    out.text(" (");
                    page.link(source.evidenceLink(), "evidence");
                    out.text(")");
                }
                out.text(".");
            }, () -> out.text("; no timeline entry is linked to it."));
            out.close();
        }
        Measurement timeToDetect = context.measure(IncidentMeasure.TIME_TO_DETECT);
        out.open(StorageTag.P).text("Time to detect (impact started to detected): ");
        MetadataSection.measurement(out, timeToDetect);
        out.text(".").close();
        page.prompt("How did we find out: an alert, a customer, a person looking at a graph? What would have told"
                + " us sooner?");
    }
}
