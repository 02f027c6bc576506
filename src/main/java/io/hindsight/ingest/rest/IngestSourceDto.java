package io.hindsight.ingest.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.hindsight.ingest.IngestSource;
import io.hindsight.ingest.SecretStatus;
import io.hindsight.ingest.SourceView;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

/**
 * A source as admins see it. {@code secret} appears only in the response that creates or rotates a token
 * source's secret, and never again: store it in the sender's configuration right away.
 *
 * @param webhookPath where the sender posts, below the host's base URL
 * @param credentials the state of the secret (generation, issued when and by whom, previous valid until)
 */
public record IngestSourceDto(String name, String type, String webhookPath, List<String> projects,
        List<RoutingRuleDto> rules, GenericMappingDto mapping, RateLimitDto rateLimit, Instant createdAt,
        String createdBy, CredentialsDto credentials, @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {

    /** Where the API is mounted in every host, as the path senders use. */
    static final String INGEST_PATH = "/rest/hindsight/1.0/ingest/";

    static IngestSourceDto from(SourceView view) {
        IngestSource source = view.source();
        return new IngestSourceDto(source.name(), source.type().code(), INGEST_PATH + source.name(),
                List.copyOf(new TreeSet<>(source.settings().projects())),
                source.settings().rules().stream().map(RoutingRuleDto::from).toList(),
                GenericMappingDto.from(source.settings().mapping()), RateLimitDto.from(source.settings().rateLimit()),
                source.createdAt(), source.createdBy(), CredentialsDto.from(source, view.secret()), view.issuedSecret());
    }

    /**
     * The state of a source's secret, never the secret.
     *
     * @param scheme {@code token} (sent as {@code Authorization: Bearer <token>}) or {@code pagerduty-signature}
     */
    public record CredentialsDto(String scheme, int generation, Instant issuedAt, String issuedBy,
            Instant previousValidUntil) {

        static CredentialsDto from(IngestSource source, SecretStatus status) {
            return new CredentialsDto(source.type().signed() ? "pagerduty-signature" : "token", status.generation(),
                    status.issuedAt(), status.issuedBy(), status.previousValidUntil());
        }
    }
}
