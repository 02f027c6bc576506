package io.hindsight.postmortem;

import static io.hindsight.postmortem.PostmortemInputs.aRealisticSev1;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.Test;

/** Setting the post-mortem status rewrites the status lozenges and nothing else. */
public class PostmortemStatusWriterTest {

    private final PostmortemStatusWriter writer = new PostmortemStatusWriter();
    private final PostmortemPageReader reader = new PostmortemPageReader();
    private final String draft = new PostmortemComposer(Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"),
            ZoneOffset.UTC)).compose(aRealisticSev1().withStatus(PostmortemStatus.DRAFT).build()).body();

    @Test
    public void withStatus_publishesThePageAsTheReaderSeesIt() {
        String published = writer.withStatus(draft, PostmortemStatus.PUBLISHED);

        assertEquals(PostmortemStatus.PUBLISHED, reader.read(published, List.of()).status());
        assertThat(published, containsString("Green"));
        assertEquals("the action items are untouched", reader.read(draft, List.of()).actionItems(),
                reader.read(published, List.of()).actionItems());
    }

    @Test
    public void withStatus_leavesAPageAlreadyInThatStatusAsItWas() {
        assertSame(draft, writer.withStatus(draft, PostmortemStatus.DRAFT));
    }

    @Test
    public void withStatus_leavesTheSeverityLozengeAlone() {
        String inReview = writer.withStatus(draft, PostmortemStatus.IN_REVIEW);

        assertThat(inReview, containsString("SEV-1"));
        assertEquals(PostmortemStatus.IN_REVIEW, reader.read(inReview, List.of()).status());
    }
}
