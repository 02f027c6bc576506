package io.hindsight.postmortem;

import io.hindsight.postmortem.storage.ConfluenceMarkup;
import io.hindsight.postmortem.storage.StorageWriter;
import io.hindsight.postmortem.storage.XmlText;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Generates a blameless post-mortem page in Confluence storage format from an incident's data, with the sections
 * of the product's post-mortem in order. Whatever the input, the body is well-formed XML that contains only the
 * elements and attributes Hindsight writes.
 */
public final class PostmortemComposer {

    /** The most rows the timeline table shows; longer timelines are summarised. */
    public static final int MAX_TIMELINE_ROWS = 500;

    private static final int EXPECTED_BYTES_PER_ROW = 700;

    private final Clock clock;
    private final TimelineSummarizer summarizer;
    private final List<PostmortemSection> sections = List.of(
            new MetadataSection(),
            new ExecutiveSummarySection(),
            new ImpactSection(),
            new DetectionSection(),
            new ResponseSection(),
            new TimelineSection(),
            new RootCauseSection(),
            new PromptSection("What went well", "What helped: alerts, tools, runbooks and decisions that worked."
                    + " These are worth keeping."),
            new PromptSection("What went wrong", "Where did systems, tools or processes make the response harder?"
                    + " Describe conditions rather than people."),
            new PromptSection("Where we got lucky", "What kept this from being worse that we cannot count on next"
                    + " time?"),
            new ActionItemsSection(),
            new PromptSection("Lessons learned", "What do we know now that we did not know before, and who else"
                    + " should know it?"),
            new RecurrenceSection(),
            new ReviewSection());

    public PostmortemComposer(Clock clock) {
        this(clock, MAX_TIMELINE_ROWS);
    }

    public PostmortemComposer(Clock clock, int maxTimelineRows) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.summarizer = new TimelineSummarizer(maxTimelineRows);
    }

    public PostmortemPage compose(PostmortemInput input) {
        PostmortemContext context = new PostmortemContext(input, clock.instant(), summarizer);
        StorageWriter out = new StorageWriter(16 * 1024 + context.timeline().rows().size() * EXPECTED_BYTES_PER_ROW);
        ConfluenceMarkup page = new ConfluenceMarkup(out);
        for (PostmortemSection section : sections) {
            section.write(context, page);
        }
        return new PostmortemPage(title(input), out.finish());
    }

    /** "Post-mortem: INC-42 Checkout payments failing", within Confluence's title limit and free of control characters. */
    static String title(PostmortemInput input) {
        String summary = input.incident().summary().strip();
        String title = "Post-mortem: " + input.incident().key() + (summary.isEmpty() ? "" : " " + summary);
        // A title is one line: line breaks and tabs become spaces before anything else is sanitised.
        return XmlText.truncate(XmlText.sanitize(title.replaceAll("\\s+", " ")), Limits.TITLE);
    }
}
