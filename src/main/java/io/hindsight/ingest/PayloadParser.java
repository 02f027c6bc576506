package io.hindsight.ingest;

/** Port: reads a request body as JSON. */
public interface PayloadParser {

    /**
     * The document in {@code body} (UTF-8 JSON).
     *
     * @throws io.hindsight.platform.InvalidInputException when it is not JSON, saying where it breaks (400)
     */
    JsonTree parse(byte[] body);
}
