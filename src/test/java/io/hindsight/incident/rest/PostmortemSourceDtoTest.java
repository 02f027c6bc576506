package io.hindsight.incident.rest;

import static io.hindsight.postmortem.PostmortemInputs.aRealisticSev1;
import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hindsight.platform.rest.ObjectMapperResolver;
import io.hindsight.postmortem.PostmortemComposer;
import io.hindsight.postmortem.PostmortemInput;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.Test;

/** The post-mortem source crosses the application link as JSON and comes back as the same composer input. */
public class PostmortemSourceDtoTest {

    private final ObjectMapper json = new ObjectMapperResolver().getContext(PostmortemSourceDto.class);
    private final PostmortemComposer composer =
            new PostmortemComposer(Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));

    @Test
    public void sourceSentAsJson_composesTheSamePageOnTheOtherSide() throws Exception {
        PostmortemInput input = aRealisticSev1().build();

        String wire = json.writeValueAsString(PostmortemSourceDto.from(input));
        PostmortemInput received = json.readValue(wire, PostmortemSourceDto.class).toInput();

        assertEquals(composer.compose(input), composer.compose(received));
    }
}
