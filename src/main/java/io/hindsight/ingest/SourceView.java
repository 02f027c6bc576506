package io.hindsight.ingest;

/**
 * A source as admins see it, with the state of its secret.
 *
 * @param issuedSecret the secret just issued, in the one response that creates or rotates it; {@code null} in
 *                     every other view, and for signed sources (whose secret the sender issued)
 */
public record SourceView(IngestSource source, SecretStatus secret, String issuedSecret) {
}
