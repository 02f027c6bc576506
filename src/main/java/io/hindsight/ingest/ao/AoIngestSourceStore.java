package io.hindsight.ingest.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.hindsight.ingest.GenericMapping;
import io.hindsight.ingest.IngestSettings;
import io.hindsight.ingest.IngestSource;
import io.hindsight.ingest.IngestSourceStore;
import io.hindsight.ingest.JsonPointer;
import io.hindsight.ingest.RateLimit;
import io.hindsight.ingest.RoutingRule;
import io.hindsight.ingest.SourceSecret;
import io.hindsight.ingest.SourceType;
import io.hindsight.platform.ConflictException;
import io.hindsight.platform.ao.WriteConflicts;
import io.hindsight.timeline.TimelineEventKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import net.java.ao.Query;

/**
 * Sources, their rules and their secrets on Active Objects. Names and secret generations are unique columns, so
 * concurrent admins on two nodes cannot create one name twice or issue one generation twice. A token's hash is
 * stored as hex; a signing key is sealed by the {@link SecretBox}.
 *
 * <p>Not final only so that each host can declare it as a component by subclassing, handing in its own key file;
 * nothing overrides it.
 */
public class AoIngestSourceStore implements IngestSourceStore {

    private static final int MAX_ATTEMPTS = 5;

    private final ActiveObjects ao;
    private final SecretBox box;

    public AoIngestSourceStore(ActiveObjects ao, SecretBox box) {
        this.ao = ao;
        this.box = box;
    }

    @Override
    public IngestSource create(String name, SourceType type, IngestSettings settings, Instant createdAt,
            String createdBy) {
        try {
            return ao.executeInTransaction(() -> {
                Map<String, Object> columns = new HashMap<>();
                columns.put(IngestSourceAo.NAME, name);
                columns.put(IngestSourceAo.SOURCE_TYPE, type.code());
                columns.put(IngestSourceAo.SETTINGS_KEY, UUID.randomUUID().toString());
                columns.put(IngestSourceAo.CREATED_AT, createdAt.toEpochMilli());
                columns.put(IngestSourceAo.CREATED_BY, createdBy);
                columns.put(IngestSourceAo.RATE_PER_SECOND, settings.rateLimit().perSecond());
                columns.put(IngestSourceAo.RATE_BURST, settings.rateLimit().burst());
                IngestSourceAo row = ao.create(IngestSourceAo.class, columns);
                writeSettings(row, settings);
                return toSource(row);
            });
        } catch (RuntimeException failure) {
            if (WriteConflicts.isWriteConflict(failure)) {
                throw new ConflictException("source_exists", "An ingestion source named '" + name + "' exists.");
            }
            throw failure;
        }
    }

    @Override
    public Optional<IngestSource> find(String name) {
        if (name == null || name.length() > 40) {
            return Optional.empty();
        }
        IngestSourceAo[] rows = ao.find(IngestSourceAo.class, Query.select().where(IngestSourceAo.NAME + " = ?", name));
        return rows.length == 0 ? Optional.empty() : Optional.of(toSource(rows[0]));
    }

    @Override
    public List<IngestSource> list() {
        IngestSourceAo[] rows = ao.find(IngestSourceAo.class, Query.select().order(IngestSourceAo.NAME + " ASC"));
        return Arrays.stream(rows).map(this::toSource).toList();
    }

    @Override
    public IngestSource update(IngestSource source, IngestSettings settings) {
        return WriteConflicts.retrying(MAX_ATTEMPTS, () -> ao.executeInTransaction(() -> {
            IngestSourceAo row = ao.find(IngestSourceAo.class,
                    Query.select().where(IngestSourceAo.ID + " = ?", (int) source.id()))[0];
            writeSettings(row, settings);
            return toSource(row);
        }));
    }

    @Override
    public SourceSecret addSecret(IngestSource source, byte[] material, Duration previousGrace, Instant createdAt,
            String createdBy) {
        String stored = source.type().signed() ? box.seal(material) : HexFormat.of().formatHex(material);
        return WriteConflicts.retrying(MAX_ATTEMPTS, () -> {
            int generation = newestGeneration(source) + 1;
            Map<String, Object> columns = new HashMap<>();
            columns.put(IngestSecretAo.SOURCE_ID, (int) source.id());
            columns.put(IngestSecretAo.GENERATION, generation);
            columns.put(IngestSecretAo.SECRET_KEY, source.id() + ":" + generation);
            columns.put(IngestSecretAo.CREATED_AT, createdAt.toEpochMilli());
            columns.put(IngestSecretAo.CREATED_BY, createdBy);
            columns.put(IngestSecretAo.GRACE_MILLIS, previousGrace.toMillis());
            columns.put(IngestSecretAo.MATERIAL, stored);
            ao.create(IngestSecretAo.class, columns);
            return new SourceSecret(generation, createdAt, createdBy, previousGrace, material.clone());
        });
    }

    @Override
    public List<SourceSecret> latestSecrets(IngestSource source) {
        IngestSecretAo[] rows = ao.find(IngestSecretAo.class, Query.select()
                .where(IngestSecretAo.SOURCE_ID + " = ?", (int) source.id())
                .order(IngestSecretAo.GENERATION + " DESC").limit(2));
        return Arrays.stream(rows)
                .sorted(Comparator.comparingInt(IngestSecretAo::getGeneration).reversed())
                .map(row -> new SourceSecret(row.getGeneration(), Instant.ofEpochMilli(row.getCreatedAt()),
                        row.getCreatedBy(), Duration.ofMillis(row.getGraceMillis()),
                        source.type().signed() ? box.open(row.getMaterial()) : HexFormat.of().parseHex(row.getMaterial())))
                .toList();
    }

    private int newestGeneration(IngestSource source) {
        IngestSecretAo[] rows = ao.find(IngestSecretAo.class, Query.select()
                .where(IngestSecretAo.SOURCE_ID + " = ?", (int) source.id())
                .order(IngestSecretAo.GENERATION + " DESC").limit(1));
        return rows.length == 0 ? 0 : rows[0].getGeneration();
    }

    /**
     * Writes settings inside the caller's transaction: the rules under a new key, then the row pointing at it,
     * then the rule sets of every other key go. A concurrent edit writes its own whole set; whichever updates the
     * row last is the one in force, and readers never see half of one.
     */
    private void writeSettings(IngestSourceAo row, IngestSettings settings) {
        String key = UUID.randomUUID().toString();
        List<RoutingRule> rules = settings.rules();
        for (int i = 0; i < rules.size(); i++) {
            ao.create(IngestRuleAo.class, RuleRows.columns(row.getID(), key, i, rules.get(i)));
        }
        row.setSettingsKey(key);
        row.setProjects(String.join(",", new TreeSet<>(settings.projects())));
        row.setRatePerSecond(settings.rateLimit().perSecond());
        row.setRateBurst(settings.rateLimit().burst());
        writeMapping(row, settings.mapping());
        row.save();
        ao.deleteWithSQL(IngestRuleAo.class, IngestRuleAo.SOURCE_ID + " = ? AND " + IngestRuleAo.SETTINGS_KEY + " <> ?",
                row.getID(), key);
    }

    private static void writeMapping(IngestSourceAo row, GenericMapping mapping) {
        boolean none = mapping == null;
        row.setMapItems(none ? null : text(mapping.items()));
        row.setMapSummary(none ? null : text(mapping.summary()));
        row.setMapOccurredAt(none ? null : text(mapping.occurredAt()));
        row.setMapKind(none ? null : text(mapping.kind()));
        row.setMapDefaultKind(none ? null : mapping.defaultKind().code());
        row.setMapExternalId(none ? null : text(mapping.externalId()));
        row.setMapIncidentKey(none ? null : text(mapping.incidentKey()));
        row.setMapDetails(none ? null : text(mapping.details()));
        row.setMapLink(none ? null : text(mapping.evidenceLink()));
        row.setMapLabels(none ? null : text(mapping.labels()));
    }

    private IngestSource toSource(IngestSourceAo row) {
        IngestRuleAo[] ruleRows = ao.find(IngestRuleAo.class, Query.select()
                .where(IngestRuleAo.SOURCE_ID + " = ? AND " + IngestRuleAo.SETTINGS_KEY + " = ?", row.getID(),
                        row.getSettingsKey())
                .order(IngestRuleAo.RULE_INDEX + " ASC"));
        List<RoutingRule> rules = Arrays.stream(ruleRows).map(RuleRows::rule).toList();
        Set<String> projects = row.getProjects() == null || row.getProjects().isEmpty() ? Set.of()
                : new LinkedHashSet<>(Arrays.asList(row.getProjects().split(",")));
        IngestSettings settings = new IngestSettings(projects, rules, mapping(row),
                new RateLimit(row.getRatePerSecond(), row.getRateBurst()));
        return new IngestSource(row.getID(), row.getName(), SourceType.fromCode(row.getSourceType(), "type"), settings,
                Instant.ofEpochMilli(row.getCreatedAt()), row.getCreatedBy());
    }

    private static GenericMapping mapping(IngestSourceAo row) {
        if (row.getMapSummary() == null) {
            return null;
        }
        return new GenericMapping(pointer(row.getMapItems()), pointer(row.getMapSummary()),
                pointer(row.getMapOccurredAt()), pointer(row.getMapKind()),
                TimelineEventKind.fromCode(row.getMapDefaultKind(), "mapping.defaultKind"),
                pointer(row.getMapExternalId()), pointer(row.getMapIncidentKey()), pointer(row.getMapDetails()),
                pointer(row.getMapLink()), pointer(row.getMapLabels()));
    }

    private static String text(JsonPointer pointer) {
        return pointer == null ? null : pointer.toString();
    }

    private static JsonPointer pointer(String text) {
        return text == null ? null : JsonPointer.parse(text, "mapping");
    }
}
