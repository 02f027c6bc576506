package io.hindsight.ingest;

import io.hindsight.platform.CurrentUser;
import io.hindsight.platform.InvalidInputException;
import io.hindsight.platform.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The admin's side of ingestion: create sources, change their settings, issue and rotate their secrets, and read
 * the record of refused deliveries. Callers must already have checked that the user is an administrator (the REST
 * layer's {@code @AdminOnly}).
 *
 * <p>A token source's secret is generated here and returned once; a signed source's secret is issued by the
 * sender (PagerDuty shows it when the webhook subscription is created) and is handed in by the admin.
 *
 * <p>Not final only so that each host can declare it as a component by subclassing; nothing overrides it.
 */
public class IngestSourceService {

    public static final Duration DEFAULT_GRACE = Duration.ofHours(24);
    public static final Duration MAX_GRACE = Duration.ofDays(30);
    static final int MIN_SUPPLIED_SECRET = 16;
    static final int MAX_SUPPLIED_SECRET = 200;
    public static final int MAX_REJECTIONS_LISTED = 500;

    private final IngestSourceStore store;
    private final RejectedDeliveryLog rejections;
    private final CurrentUser currentUser;
    private final Clock clock;

    public IngestSourceService(IngestSourceStore store, RejectedDeliveryLog rejections, CurrentUser currentUser,
            Clock clock) {
        this.store = store;
        this.rejections = rejections;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Creates a source and issues its first secret.
     *
     * @param suppliedSecret the sender's signing secret for a signed source; must be {@code null} for a token source
     * @throws io.hindsight.platform.ConflictException when the name is taken (409)
     */
    public SourceView create(String name, SourceType type, IngestSettings settings, String suppliedSecret) {
        IngestSource.requireValidName(name);
        if (type == null) {
            throw new InvalidInputException("type", "The type is required.");
        }
        IngestSettings checked = settings == null ? IngestSettings.defaults() : settings;
        if (type == SourceType.GENERIC && checked.mapping() == null) {
            throw new InvalidInputException("mapping", "A generic source needs a mapping.");
        }
        byte[] material = checkedSecret(type, suppliedSecret);
        Instant now = now();
        String user = currentUser.requireUserKey();
        IngestSource source = store.create(name, type, checked, now, user);
        return issue(source, material, suppliedSecret == null, Duration.ZERO, now, user);
    }

    public SourceView get(String name) {
        IngestSource source = find(name);
        return new SourceView(source, SecretStatus.of(store.latestSecrets(source), now()), null);
    }

    public List<SourceView> list() {
        Instant now = now();
        return store.list().stream()
                .map(source -> new SourceView(source, SecretStatus.of(store.latestSecrets(source), now), null))
                .toList();
    }

    /** Replaces the settings of a source; its secrets stay as they are. */
    public SourceView update(String name, IngestSettings settings) {
        IngestSource source = find(name);
        if (settings == null) {
            throw new InvalidInputException(null, "The request needs the source's settings as its body.");
        }
        if (source.type() == SourceType.GENERIC && settings.mapping() == null) {
            throw new InvalidInputException("mapping", "A generic source needs a mapping.");
        }
        IngestSource updated = store.update(source, settings);
        return new SourceView(updated, SecretStatus.of(store.latestSecrets(updated), now()), null);
    }

    /**
     * Issues the next secret; the previous one stays valid for {@code grace} (default {@link #DEFAULT_GRACE}, 0 to
     * revoke it at once), so senders can be switched over without losing deliveries.
     */
    public SourceView rotate(String name, Duration grace, String suppliedSecret) {
        IngestSource source = find(name);
        Duration checkedGrace = grace == null ? DEFAULT_GRACE : grace;
        if (checkedGrace.isNegative() || checkedGrace.compareTo(MAX_GRACE) > 0) {
            throw new InvalidInputException("graceMinutes", "The grace period is 0 to " + MAX_GRACE.toMinutes()
                    + " minutes.");
        }
        byte[] material = checkedSecret(source.type(), suppliedSecret);
        return issue(source, material, suppliedSecret == null, checkedGrace, now(), currentUser.requireUserKey());
    }

    /** The newest refused deliveries, of one source or of all; at most {@link #MAX_REJECTIONS_LISTED}. */
    public List<RejectedDelivery> rejections(String sourceName, int limit) {
        if (limit < 1 || limit > MAX_REJECTIONS_LISTED) {
            throw new InvalidInputException("limit", "limit is 1 to " + MAX_REJECTIONS_LISTED + ".");
        }
        return rejections.newest(sourceName, limit);
    }

    private SourceView issue(IngestSource source, byte[] material, boolean generated, Duration grace, Instant now,
            String user) {
        String token = null;
        byte[] kept = material;
        if (generated) {
            token = BearerToken.generate();
            kept = BearerToken.hash(token);
        }
        store.addSecret(source, kept, grace, now, user);
        return new SourceView(source, SecretStatus.of(store.latestSecrets(source), now), token);
    }

    /** The supplied secret's bytes for a signed source; {@code null} for a token source, whose secret is generated. */
    private static byte[] checkedSecret(SourceType type, String supplied) {
        if (!type.signed()) {
            if (supplied != null) {
                throw new InvalidInputException("secret", "Hindsight generates the token of a " + type.code()
                        + " source; leave secret out.");
            }
            return null;
        }
        if (supplied == null || supplied.isBlank()) {
            throw new InvalidInputException("secret", "A " + type.code() + " source needs the signing secret its "
                    + "sender issued (PagerDuty shows it when the webhook subscription is created).");
        }
        int length = supplied.codePointCount(0, supplied.length());
        if (length < MIN_SUPPLIED_SECRET || length > MAX_SUPPLIED_SECRET
                || supplied.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("secret", "A signing secret is " + MIN_SUPPLIED_SECRET + " to "
                    + MAX_SUPPLIED_SECRET + " characters without control characters.");
        }
        return supplied.getBytes(StandardCharsets.UTF_8);
    }

    private IngestSource find(String name) {
        return store.find(name).orElseThrow(() -> new NotFoundException("No ingestion source is named '"
                + SignalText.echo(name) + "'."));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
