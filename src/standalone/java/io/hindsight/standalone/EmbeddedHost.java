package io.hindsight.standalone;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.hindsight.incident.IncidentAccess;
import io.hindsight.ingest.DeliveryRateLimiter;
import io.hindsight.ingest.IngestService;
import io.hindsight.ingest.IngestSourceService;
import io.hindsight.ingest.RejectedDeliveryLog;
import io.hindsight.ingest.ao.AoIncidentClaims;
import io.hindsight.ingest.ao.AoIngestSourceStore;
import io.hindsight.ingest.ao.AoRejectedDeliveryLog;
import io.hindsight.ingest.ao.IngestEntities;
import io.hindsight.ingest.ao.SecretBox;
import io.hindsight.ingest.rest.JacksonPayloadParser;
import io.hindsight.standalone.web.HindsightRestClasses;
import io.hindsight.standalone.ao.EntityManagerActiveObjects;
import io.hindsight.standalone.ao.EntityManagers;
import io.hindsight.standalone.incidents.StandaloneIncidentAo;
import io.hindsight.standalone.incidents.StandaloneIncidentDeclarer;
import io.hindsight.standalone.incidents.StandaloneIncidentDirectory;
import io.hindsight.standalone.users.LocalUsers;
import io.hindsight.standalone.web.AccessAnnotationFeature;
import io.hindsight.standalone.web.AssetServlet;
import io.hindsight.standalone.web.BasicAuthFilter;
import io.hindsight.standalone.web.JsonServerErrors;
import io.hindsight.standalone.web.PagesServlet;
import io.hindsight.standalone.web.RequestUser;
import io.hindsight.timeline.TimelineService;
import io.hindsight.timeline.TimelineStore;
import io.hindsight.timeline.ao.AoTimelineStore;
import io.hindsight.timeline.ao.TimelineEntities;
import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hindsight without an Atlassian product: the product's services, Active Objects store and REST resources on
 * Jetty and Jersey, with the host's own users, incidents and pages standing in for Jira's.
 */
public final class EmbeddedHost implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedHost.class);

    private final EntityManager entityManager;
    private final Server server;
    private final StandaloneIncidentDirectory incidents;
    private final TimelineService timeline;

    private EmbeddedHost(EntityManager entityManager, Server server, StandaloneIncidentDirectory incidents,
            TimelineService timeline) {
        this.entityManager = entityManager;
        this.server = server;
        this.incidents = incidents;
        this.timeline = timeline;
    }

    /** Opens the database, loads the sample data on a first start, and starts serving. */
    public static EmbeddedHost start(HostOptions options) throws Exception {
        Files.createDirectories(options.dataDir());
        LocalUsers users = LocalUsers.loadOrCreate(options.dataDir().resolve("users.properties"));
        EntityManager entityManager = EntityManagers.open(options.jdbcUrl(), options.databaseUser(),
                options.databasePassword(), entities());
        try {
            ActiveObjects ao = new EntityManagerActiveObjects(entityManager);
            RequestUser currentUser = new RequestUser();
            StandaloneIncidentDirectory incidents = new StandaloneIncidentDirectory(ao);
            TimelineStore store = new AoTimelineStore(ao);
            Clock clock = Clock.systemUTC();
            TimelineService timeline = new TimelineService(
                    new IncidentAccess(incidents, new StandalonePermissions(users), currentUser), store, currentUser, clock);
            if (options.sampleData() && new SampleData(incidents, timeline, store).loadIfEmpty(clock.instant())) {
                LOG.info("Loaded the sample incidents (first start)");
            }
            Services services = services(ao, options, incidents, timeline, currentUser, clock);
            Server server = jetty(options, users, incidents, services);
            server.start();
            return new EmbeddedHost(entityManager, server, incidents, timeline);
        } catch (Exception | Error e) {
            entityManager.getProvider().dispose();
            throw e;
        }
    }

    /** Where the host answers, e.g. {@code http://127.0.0.1:8080}. */
    public URI baseUrl() {
        ServerConnector connector = (ServerConnector) server.getConnectors()[0];
        String host = connector.getHost() == null || connector.getHost().equals("0.0.0.0") ? "127.0.0.1" : connector.getHost();
        return URI.create("http://" + host + ":" + connector.getLocalPort());
    }

    public StandaloneIncidentDirectory incidents() {
        return incidents;
    }

    public TimelineService timeline() {
        return timeline;
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        try {
            server.stop();
        } finally {
            entityManager.getProvider().dispose();
        }
    }

    private static List<Class<? extends RawEntity<?>>> entities() {
        List<Class<? extends RawEntity<?>>> entities = new ArrayList<>(TimelineEntities.ALL);
        entities.addAll(IngestEntities.ALL);
        entities.add(StandaloneIncidentAo.class);
        return entities;
    }

    /** The services the REST resources take in their constructors. */
    private record Services(TimelineService timeline, IngestService ingest, IngestSourceService ingestAdmin) {
    }

    private static Services services(ActiveObjects ao, HostOptions options, StandaloneIncidentDirectory incidents,
            TimelineService timeline, RequestUser currentUser, Clock clock) {
        AoIngestSourceStore sources = new AoIngestSourceStore(ao, secretBox(options));
        RejectedDeliveryLog rejections = new AoRejectedDeliveryLog(ao);
        IngestService ingest = new IngestService(sources, rejections, incidents, new AoIncidentClaims(ao),
                new StandaloneIncidentDeclarer(incidents, timeline), timeline, new JacksonPayloadParser(),
                new DeliveryRateLimiter(), clock);
        return new Services(timeline, ingest, new IngestSourceService(sources, rejections, currentUser, clock));
    }

    /** Signing secrets are sealed under a key kept in the data directory, beside (not inside) the database. */
    private static SecretBox secretBox(HostOptions options) {
        return SecretBox.withKeyFile(options.dataDir().resolve("ingest-secrets.key"));
    }

    private static Server jetty(HostOptions options, LocalUsers users, StandaloneIncidentDirectory incidents,
            Services services) {
        Server server = new Server();
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(options.bindAddress());
        connector.setPort(options.port());
        server.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        context.setContextPath("/");
        context.addFilter(new FilterHolder(new BasicAuthFilter(users)), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(new ServletContainer(rest(services))), HindsightRestClasses.BASE_PATH + "/*");
        context.addServlet(new ServletHolder(new AssetServlet()), "/frontend/*");
        context.addServlet(new ServletHolder(new PagesServlet(incidents)), "/*");
        server.setHandler(context);
        server.setErrorHandler(new JsonServerErrors());
        server.setStopAtShutdown(true);
        return server;
    }

    private static ResourceConfig rest(Services services) {
        ResourceConfig config = new ResourceConfig();
        HindsightRestClasses.all().forEach(config::register);
        // Jersey's default Jackson feature brings exception mappers that would answer JSON errors in plain text.
        config.register(JacksonFeature.withoutExceptionMappers());
        config.register(new AccessAnnotationFeature());
        config.register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(services.timeline()).to(TimelineService.class);
                bind(services.ingest()).to(IngestService.class);
                bind(services.ingestAdmin()).to(IngestSourceService.class);
            }
        });
        return config;
    }
}
