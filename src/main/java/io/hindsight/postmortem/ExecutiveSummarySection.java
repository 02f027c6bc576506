package io.hindsight.postmortem;

import io.hindsight.postmortem.storage.ConfluenceMarkup;
import io.hindsight.postmortem.storage.StorageTag;
import io.hindsight.postmortem.storage.XmlText;

/** Two or three sentences for readers who read nothing else: the facts the data gives, and a prompt for the rest. */
final class ExecutiveSummarySection implements PostmortemSection {

    @Override
    public void write(PostmortemContext context, ConfluenceMarkup page) {
        PostmortemInput input = context.input();
        page.writer().element(StorageTag.H2, "Executive summary");
        StringBuilder facts = new StringBuilder()
                .append(input.severity().code()).append(" incident ").append(XmlText.truncate(input.incident().key(), Limits.NAME));
        String summary = XmlText.truncate(input.incident().summary(), Limits.LINE);
        if (!summary.isBlank()) {
            facts.append(", “").append(summary).append("”,");
        }
        Measurement duration = context.measure(IncidentMeasure.INCIDENT_DURATION);
        if (duration.valueIfKnown().isPresent()) {
            facts.append(" lasted ").append(duration.display()).append(", from ")
                    .append(PageText.utcMinutes(input.keyInstants().get(KeyMoment.IMPACT_STARTED).orElseThrow().at()))
                    .append(" to ")
                    .append(PageText.utcMinutes(input.keyInstants().get(KeyMoment.RESOLVED).orElseThrow().at()))
                    .append('.');
        } else {
            facts.append(" has no complete impact window yet: ").append(duration.unknownBecause()).append('.');
        }
        Impact impact = input.impact();
        if (impact.usersAffected() != null && !impact.usersAffected().isBlank()) {
            facts.append(" Users affected: ").append(XmlText.truncate(impact.usersAffected(), Limits.LINE))
                    .append('.');
        }
        if (!impact.services().isEmpty()) {
            facts.append(" Services: ").append(ImpactSection.services(impact)).append('.');
        }
        page.writer().element(StorageTag.P, facts.toString());
        page.prompt("Add two or three sentences for readers who will read nothing else: what happened, who was"
                + " affected, and what ended it.");
    }
}
