package io.hindsight.standalone.web;

import io.hindsight.actionitem.rest.IncidentActionItemsResource;
import io.hindsight.incident.rest.IncidentResource;
import io.hindsight.incident.rest.PostmortemSourceResource;
import io.hindsight.incident.rest.SeverityLevelsResource;
import io.hindsight.incident.rest.SeverityPolicyResource;
import io.hindsight.ingest.rest.IngestRejectionResource;
import io.hindsight.ingest.rest.IngestResource;
import io.hindsight.ingest.rest.IngestSourceResource;
import io.hindsight.metrics.rest.ActionItemsResource;
import io.hindsight.metrics.rest.MetricsResource;
import io.hindsight.platform.rest.ErrorMapper;
import io.hindsight.platform.rest.ObjectMapperResolver;
import io.hindsight.platform.rest.RequestBodyLimit;
import io.hindsight.timeline.rest.TimelineExportResource;
import io.hindsight.standalone.rest.BackupResource;
import io.hindsight.standalone.rest.FollowUpIssueResource;
import io.hindsight.standalone.rest.PostmortemResource;
import io.hindsight.timeline.rest.TimelineResource;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The resources and providers that make up {@code /rest/hindsight/1.0}, for hosts that register classes instead of
 * scanning packages (the embedded host, the REST tests). Jira and Confluence scan the {@code io.hindsight.*.rest}
 * packages, which hold these classes except the embedded host's own post-mortem pages and follow-up issues (in
 * Confluence and Jira, the pages and issues are the products').
 *
 * <p>Kept with the embedded host: the plugin jar does not need it, since the products scan packages. A host
 * registering these also needs a Jackson JSON provider that consults {@code ContextResolver<ObjectMapper>} and
 * brings no exception mappers of its own, which would pre-empt {@link ErrorMapper} for JSON errors (with Jersey:
 * {@code JacksonFeature.withoutExceptionMappers()}).
 */
public final class HindsightRestClasses {

    /** Where the API is mounted in every host. */
    public static final String BASE_PATH = "/rest/hindsight/1.0";

    private static final List<Class<?>> RESOURCES = List.of(TimelineResource.class, TimelineExportResource.class,
            IncidentResource.class, SeverityPolicyResource.class, SeverityLevelsResource.class,
            PostmortemSourceResource.class,
            IngestResource.class, IngestSourceResource.class, IngestRejectionResource.class,
            MetricsResource.class, ActionItemsResource.class, PostmortemResource.class, FollowUpIssueResource.class,
            BackupResource.class,
            IncidentActionItemsResource.class);
    private static final List<Class<?>> PROVIDERS =
            List.of(ErrorMapper.class, RequestBodyLimit.class, ObjectMapperResolver.class);

    private HindsightRestClasses() {
    }

    /** Every resource and provider class, in a stable order. */
    public static Set<Class<?>> all() {
        Set<Class<?>> classes = new LinkedHashSet<>(RESOURCES);
        classes.addAll(PROVIDERS);
        return classes;
    }

    public static List<Class<?>> resources() {
        return RESOURCES;
    }

    public static List<Class<?>> providers() {
        return PROVIDERS;
    }
}
