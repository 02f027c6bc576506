package io.hindsight.ingest.rest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.hindsight.ingest.JsonTree;
import io.hindsight.ingest.PayloadParser;
import io.hindsight.platform.InvalidInputException;
import java.io.IOException;

/**
 * Reads webhook bodies with Jackson into plain maps and lists, strictly as JSON (no comments, no trailing data,
 * no key twice) and within bounds (nesting depth, string length) that no real payload comes near. Error messages
 * give the position, never an excerpt of the body.
 */
public final class JacksonPayloadParser implements PayloadParser {

    private static final int MAX_NESTING = 64;
    private static final int MAX_STRING = 512 * 1024;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING).maxStringLength(MAX_STRING).build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    @Override
    public JsonTree parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw new InvalidInputException(null, "The delivery has no body; it must be a JSON object.");
        }
        try (JsonParser parser = MAPPER.createParser(body)) {
            Object document = MAPPER.readValue(parser, Object.class);
            if (document == null) {
                throw new InvalidInputException(null, "The body is JSON null; it must be a JSON object.");
            }
            return JsonTree.root(document);
        } catch (StreamReadException unreadable) {
            JsonLocation where = unreadable.getLocation();
            String position = where == null || where.getLineNr() < 0 ? ""
                    : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
            throw new InvalidInputException(null, "The body is not valid JSON" + position + ".");
        } catch (IOException unreadable) {
            throw new InvalidInputException(null, "The body is not valid JSON.");
        }
    }
}
