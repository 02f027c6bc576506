package io.hindsight.ingest;

/**
 * One webhook request as the REST layer hands it over: the source named in the URL, the credential headers, and
 * the raw body (unparsed: a signature covers its exact bytes).
 *
 * @param authorization the {@code Authorization} header, or {@code null}
 * @param signature     the {@code X-PagerDuty-Signature} header, or {@code null}
 * @param body          the body; {@code null} when it was larger than the limit
 * @param bodyLimit     the limit in bytes the body exceeded, or 0 when it did not
 */
public record Delivery(String sourceName, String authorization, String signature, byte[] body, long bodyLimit) {

    public Delivery {
        if (body == null && bodyLimit <= 0) {
            body = new byte[0];
        }
    }

    /** A delivery whose body was cut off at {@code limit} bytes. */
    public static Delivery tooLarge(String sourceName, String authorization, String signature, long limit) {
        return new Delivery(sourceName, authorization, signature, null, limit);
    }

    public boolean bodyTooLarge() {
        return bodyLimit > 0;
    }
}
