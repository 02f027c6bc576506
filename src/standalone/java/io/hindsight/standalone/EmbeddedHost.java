package io.hindsight.standalone;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.hindsight.actionitem.ActionItemService;
import io.hindsight.actionitem.ReminderJob;
import io.hindsight.actionitem.ao.ActionItemEntities;
import io.hindsight.standalone.backup.AoBackup;
import io.hindsight.incident.DeadlineJob;
import io.hindsight.incident.IncidentService;
import io.hindsight.incident.ResponsePolicyService;
import io.hindsight.incident.ao.IncidentEntities;
import io.hindsight.ingest.IngestService;
import io.hindsight.ingest.IngestSourceService;
import io.hindsight.ingest.ao.IngestEntities;
import io.hindsight.metrics.MetricsService;
import io.hindsight.metrics.RollupJob;
import io.hindsight.metrics.ao.MetricsEntities;
import io.hindsight.standalone.notify.OutboxNotifier;
import io.hindsight.standalone.notify.StandaloneOutboxAo;
import io.hindsight.standalone.web.HindsightRestClasses;
import io.hindsight.standalone.ao.EntityManagerActiveObjects;
import io.hindsight.standalone.ao.EntityManagers;
import io.hindsight.standalone.incidents.StandaloneIncidentAo;
import io.hindsight.standalone.incidents.StandaloneIncidentDirectory;
import io.hindsight.standalone.users.LocalUsers;
import io.hindsight.standalone.web.AccessAnnotationFeature;
import io.hindsight.standalone.web.AssetServlet;
import io.hindsight.standalone.web.BasicAuthFilter;
import io.hindsight.standalone.web.AdminPageServlet;
import io.hindsight.standalone.web.IncidentsPageServlet;
import io.hindsight.standalone.web.JsonServerErrors;
import io.hindsight.standalone.web.PagesServlet;
import io.hindsight.standalone.web.RequestUser;
import io.hindsight.platform.DisplayNames;
import io.hindsight.timeline.TimelinePinService;
import io.hindsight.timeline.TimelineService;
import io.hindsight.timeline.TimelineVersionService;
import io.hindsight.timeline.ao.TimelineEntities;
import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicReference;
import io.hindsight.postmortem.workflow.PeopleNames;
import io.hindsight.postmortem.workflow.PostmortemWorkflow;
import io.hindsight.standalone.followups.FollowUpTransitions;
import io.hindsight.standalone.followups.StandaloneFollowUpTracker;
import io.hindsight.standalone.followups.StandaloneIssueAo;
import io.hindsight.standalone.pages.StandalonePageAo;
import io.hindsight.standalone.pages.StandalonePageRevAo;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
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
 * Jetty and Jersey, with the host's own users, incidents and pages standing in for Jira's, and the deadline job on a
 * scheduler thread of its own.
 */
public final class EmbeddedHost implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedHost.class);
    /** How often the deadline job runs; a deadline is noticed within this long of passing. */
    static final long DEADLINE_JOB_PERIOD_SECONDS = 60;

    private final EntityManager entityManager;
    private final Server server;
    private final HostServices services;
    private final ScheduledExecutorService scheduler;

    private EmbeddedHost(EntityManager entityManager, Server server, HostServices services,
            ScheduledExecutorService scheduler) {
        this.entityManager = entityManager;
        this.server = server;
        this.services = services;
        this.scheduler = scheduler;
    }

    /** Opens the database, loads the sample data on a first start, and starts serving. */
    public static EmbeddedHost start(HostOptions options) throws Exception {
        Files.createDirectories(options.dataDir());
        LocalUsers users = LocalUsers.loadOrCreate(options.dataDir().resolve("users.properties"));
        EntityManager entityManager = EntityManagers.open(options.jdbcUrl(), options.databaseUser(),
                options.databasePassword(), entities());
        ScheduledExecutorService scheduler = null;
        try {
            ActiveObjects ao = new EntityManagerActiveObjects(entityManager);
            Clock clock = Clock.systemUTC();
            // Page addresses need the port, known only once Jetty listens (port 0 picks a free one).
            AtomicReference<URI> baseUrl = new AtomicReference<>();
            HostServices services = new HostServices(ao, users, new RequestUser(), clock, baseUrl::get,
                    options.dataDir());
            if (options.sampleData() && new SampleData(services.incidents, services.timeline, services.timelineStore,
                    services::changesOn, services.actionItems, services.causes).loadIfEmpty(clock.instant())) {
                LOG.info("Loaded the sample incidents (first start)");
            }
            Server server = jetty(options, users, services, new AoBackup(entityManager, clock));
            server.start();
            baseUrl.set(baseUrlOf(server));
            services.rollupJob.runOnce();
            scheduler = everyMinute(services.deadlineJob, services.rollupJob, services.reminderJob);
            return new EmbeddedHost(entityManager, server, services, scheduler);
        } catch (Exception | Error e) {
            if (scheduler != null) {
                scheduler.shutdownNow();
            }
            entityManager.getProvider().dispose();
            throw e;
        }
    }

    /** Where the host answers, e.g. {@code http://127.0.0.1:8080}. */
    public URI baseUrl() {
        return baseUrlOf(server);
    }

    private static URI baseUrlOf(Server server) {
        ServerConnector connector = (ServerConnector) server.getConnectors()[0];
        String host = connector.getHost() == null || connector.getHost().equals("0.0.0.0") ? "127.0.0.1" : connector.getHost();
        return URI.create("http://" + host + ":" + connector.getLocalPort());
    }

    public StandaloneIncidentDirectory incidents() {
        return services.incidents;
    }

    public TimelineService timeline() {
        return services.timeline;
    }

    /** The deadline job, to run at once rather than wait for the scheduler (tests, demos). */
    public DeadlineJob deadlineJob() {
        return services.deadlineJob;
    }

    /** The reminder job, to run at once rather than wait for the scheduler (tests, demos). */
    public ReminderJob reminderJob() {
        return services.reminderJob;
    }

    /** The metrics rollup job, to run at once rather than wait for the scheduler (tests, demos). */
    public RollupJob rollupJob() {
        return services.rollupJob;
    }

    public OutboxNotifier outbox() {
        return services.outbox;
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        try {
            scheduler.shutdownNow();
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
            server.stop();
        } finally {
            entityManager.getProvider().dispose();
        }
    }

    /** Every entity the host migrates: the product's and its own (incidents, pages, issues, outbox). */
    static List<Class<? extends RawEntity<?>>> entities() {
        List<Class<? extends RawEntity<?>>> entities = new ArrayList<>(TimelineEntities.ALL);
        entities.addAll(IncidentEntities.ALL);
        entities.addAll(IngestEntities.ALL);
        entities.addAll(ActionItemEntities.ALL);
        entities.addAll(MetricsEntities.ALL);
        entities.add(StandaloneIncidentAo.class);
        entities.add(StandaloneOutboxAo.class);
        entities.add(StandalonePageAo.class);
        entities.add(StandalonePageRevAo.class);
        entities.add(StandaloneIssueAo.class);
        return entities;
    }

    /**
     * Runs the deadline job and the metrics rollup job every minute on a daemon thread. A run that fails is logged and
     * the next one comes anyway: an exception escaping a scheduled task would cancel every later run.
     */
    private static ScheduledExecutorService everyMinute(DeadlineJob deadlineJob, RollupJob rollupJob,
            ReminderJob reminderJob) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "hindsight-deadline-job");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                DeadlineJob.Report report = deadlineJob.runOnce();
                if (report.recorded() + report.failed() > 0) {
                    LOG.info("Deadline job: {}", report);
                }
            } catch (RuntimeException failure) {
                LOG.error("The deadline job failed; it runs again in a minute", failure);
            }
        }, DEADLINE_JOB_PERIOD_SECONDS, DEADLINE_JOB_PERIOD_SECONDS, TimeUnit.SECONDS);
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                rollupJob.runOnce();
            } catch (RuntimeException failure) {
                LOG.error("The metrics rollup job failed; it runs again in a minute", failure);
            }
        }, DEADLINE_JOB_PERIOD_SECONDS, DEADLINE_JOB_PERIOD_SECONDS, TimeUnit.SECONDS);
        // Every minute too: the claims let each person's reminder out once per reminder interval.
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                ReminderJob.Report report = reminderJob.runOnce();
                if (report.sent() + report.failed() > 0) {
                    LOG.info("Reminder job: {}", report);
                }
            } catch (RuntimeException failure) {
                LOG.error("The reminder job failed; it runs again in a minute", failure);
            }
        }, DEADLINE_JOB_PERIOD_SECONDS, DEADLINE_JOB_PERIOD_SECONDS, TimeUnit.SECONDS);
        return scheduler;
    }

    private static Server jetty(HostOptions options, LocalUsers users, HostServices services, AoBackup backup) {
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
        context.addServlet(new ServletHolder(new ServletContainer(rest(services, backup))), HindsightRestClasses.BASE_PATH + "/*");
        context.addServlet(new ServletHolder(new AssetServlet()), "/frontend/*");
        StandaloneProjectVisibility projects = new StandaloneProjectVisibility(users);
        context.addServlet(new ServletHolder(new IncidentsPageServlet(projects::visibleProjects)), "/incidents-page");
        context.addServlet(new ServletHolder(new AdminPageServlet(() -> users.all().stream()
                .flatMap(user -> user.projects().keySet().stream()).collect(Collectors.toSet()))), "/admin");
        context.addServlet(new ServletHolder(new PagesServlet(services.incidents, services.outbox, services.postmortems,
                services.names, users)), "/*");
        server.setHandler(context);
        server.setErrorHandler(new JsonServerErrors());
        server.setStopAtShutdown(true);
        return server;
    }

    private static ResourceConfig rest(HostServices services, AoBackup backup) {
        ResourceConfig config = new ResourceConfig();
        HindsightRestClasses.all().forEach(config::register);
        // Jersey's default Jackson feature brings exception mappers that would answer JSON errors in plain text.
        config.register(JacksonFeature.withoutExceptionMappers());
        config.register(new AccessAnnotationFeature());
        config.register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(services.timeline).to(TimelineService.class);
                bind(services.timelinePins).to(TimelinePinService.class);
                bind(services.timelineVersions).to(TimelineVersionService.class);
                bind(services.displayNames).to(DisplayNames.class);
                bind(services.incidentService).to(IncidentService.class);
                bind(services.policies).to(ResponsePolicyService.class);
                bind(services.ingest).to(IngestService.class);
                bind(services.ingestAdmin).to(IngestSourceService.class);
                bind(services.postmortems).to(PostmortemWorkflow.class);
                bind(services.names).to(PeopleNames.class);
                bind(services.followUps).to(StandaloneFollowUpTracker.class);
                bind(services.followUpTransitions).to(FollowUpTransitions.class);
                bind(services.metrics).to(MetricsService.class);
                bind(backup).to(AoBackup.class);
                bind(services.actionItemService).to(ActionItemService.class);
            }
        });
        return config;
    }
}
