package io.hindsight.ingest;

import io.hindsight.incident.IncidentDirectory;
import io.hindsight.incident.IncidentRef;
import io.hindsight.ingest.pagerduty.PagerDutySignature;
import io.hindsight.platform.InvalidInputException;
import io.hindsight.timeline.AppendResult;
import io.hindsight.timeline.AppendTimelineEventCommand;
import io.hindsight.timeline.TimelineService;
import io.hindsight.timeline.TimelineSource;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes webhook deliveries: finds the source, checks its credentials, holds it to its rate limit, reads the
 * payload with the source's adapter, routes every signal to an incident, and records them on the timelines
 * (idempotently: a repeated delivery stores nothing new and still succeeds). Every refusal is recorded for admins.
 *
 * <p>Not final only so that each host can declare it as a component by subclassing; nothing overrides it.
 */
public class IngestService {

    private final IngestSourceStore sources;
    private final RejectionRecorder rejections;
    private final IncidentRouter router;
    private final TimelineService timeline;
    private final PayloadParser parser;
    private final DeliveryRateLimiter rateLimiter;
    private final Clock clock;

    public IngestService(IngestSourceStore sources, RejectedDeliveryLog rejections, IncidentDirectory directory,
            IncidentClaims claims, IncidentDeclarer declarer, TimelineService timeline, PayloadParser parser,
            DeliveryRateLimiter rateLimiter, Clock clock) {
        this.sources = sources;
        this.rejections = new RejectionRecorder(rejections);
        this.router = new IncidentRouter(directory, claims, declarer, clock);
        this.timeline = timeline;
        this.parser = parser;
        this.rateLimiter = rateLimiter;
        this.clock = clock;
    }

    /**
     * Handles one delivery.
     *
     * @throws DeliveryRejectedException 404 for an unknown source, 401 for missing or wrong credentials, 413 for a
     *         body or item count over the limits, 429 over the rate limit, 503 while another delivery declares the
     *         incident this one needs
     * @throws InvalidInputException 400 for a payload that is not JSON or breaks the sender's schema, naming the field
     */
    public DeliveryReport deliver(Delivery delivery) {
        Instant receivedAt = clock.instant();
        try {
            return accept(delivery);
        } catch (DeliveryRejectedException rejected) {
            rejections.record(delivery, receivedAt, rejected.status(), rejected.code(), rejected.getMessage());
            throw rejected;
        } catch (InvalidInputException invalid) {
            String field = invalid.field() == null ? "" : " (" + invalid.field() + ")";
            rejections.record(delivery, receivedAt, 400, invalid.code(), invalid.getMessage() + field);
            throw invalid;
        }
    }

    private DeliveryReport accept(Delivery delivery) {
        IngestSource source = sources.find(delivery.sourceName()).orElseThrow(() -> new DeliveryRejectedException(404,
                "unknown_source", "No ingestion source is named '" + SignalText.echo(delivery.sourceName()) + "'."));
        authenticate(source, delivery);
        rateLimiter.acquire(source);
        List<Signal> signals = PayloadAdapters.of(source.type()).read(parser.parse(delivery.body()), source);
        for (Signal signal : signals) {
            if (signal.occurredAt() != null) {
                timeline.checkOccurredAt(signal.occurredAt(), signal.occurredAtField());
            }
        }
        RoutingPlan plan = router.plan(source, signals);
        return record(source, signals.size(), plan);
    }

    /** Token sources are checked before their body's size matters; a signature needs the whole body first. */
    private void authenticate(IngestSource source, Delivery delivery) {
        if (!source.type().signed()) {
            checkToken(source, delivery);
        }
        if (delivery.bodyTooLarge()) {
            throw new DeliveryRejectedException(413, "payload_too_large",
                    "The request body is larger than " + delivery.bodyLimit() + " bytes.");
        }
        if (source.type().signed()) {
            checkSignature(source, delivery);
        }
    }

    private void checkToken(IngestSource source, Delivery delivery) {
        String token = BearerToken.fromAuthorization(delivery.authorization());
        if (token == null) {
            throw new DeliveryRejectedException(401, "missing_credentials", "Deliveries to source " + source.name()
                    + " need its token in the header Authorization: Bearer <token> (or HindsightToken <token>).");
        }
        if (!BearerToken.matches(token, validSecrets(source))) {
            throw new DeliveryRejectedException(401, "invalid_credentials",
                    "The token is not valid for source " + source.name() + ".");
        }
    }

    private void checkSignature(IngestSource source, Delivery delivery) {
        List<byte[]> signatures = PagerDutySignature.parse(delivery.signature());
        if (signatures.isEmpty()) {
            throw new DeliveryRejectedException(401, "missing_signature", "Deliveries to source " + source.name()
                    + " need a " + PagerDutySignature.HEADER + " header with a v1= signature.");
        }
        if (!PagerDutySignature.matches(signatures, delivery.body(), validSecrets(source))) {
            throw new DeliveryRejectedException(401, "invalid_signature",
                    "No signature matches the signing secret of source " + source.name() + ".");
        }
    }

    private List<byte[]> validSecrets(IngestSource source) {
        return SourceSecret.valid(sources.latestSecrets(source), clock.instant());
    }

    /** Everything the delivery routed, in one batch: one commit for the whole delivery, whatever its incidents. */
    private DeliveryReport record(IngestSource source, int received, RoutingPlan plan) {
        TimelineSource timelineSource = source.timelineSource();
        Map<IncidentRef, List<AppendTimelineEventCommand>> commands = new LinkedHashMap<>();
        plan.byIncident().forEach((incident, signals) -> commands.put(incident,
                signals.stream().map(signal -> signal.toCommand(timelineSource)).toList()));
        int stored = 0;
        int duplicates = 0;
        for (List<AppendResult> results : timeline.recordAll(null, commands).values()) {
            for (AppendResult result : results) {
                if (result.created()) {
                    stored++;
                } else {
                    duplicates++;
                }
            }
        }
        List<String> incidents = commands.keySet().stream().map(IncidentRef::key).toList();
        return new DeliveryReport(source.name(), received, stored, duplicates, incidents,
                List.copyOf(plan.declared()), plan.unrouted().size(), plan.unrouted());
    }
}
