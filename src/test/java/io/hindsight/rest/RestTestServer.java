package io.hindsight.rest;

import io.hindsight.standalone.web.HindsightRestClasses;
import jakarta.servlet.DispatcherType;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * Hindsight's REST API on a real Jetty and Jersey, on a free local port: {@link HindsightRestClasses}, the given
 * service instances for constructor injection, and {@link HeaderCurrentUser} as sign-in.
 */
public final class RestTestServer implements AutoCloseable {

    private final Server server;
    private final URI base;

    private RestTestServer(Server server, URI base) {
        this.server = server;
        this.base = base;
    }

    /**
     * Starts the API.
     *
     * @param services     instances that resources take in their constructors, each bound to its own class and its
     *                     interfaces
     * @param extraClasses further resources or providers only a test needs
     */
    public static RestTestServer start(HeaderCurrentUser users, List<Object> services, Class<?>... extraClasses)
            throws Exception {
        ResourceConfig config = new ResourceConfig()
                .registerClasses(HindsightRestClasses.all())
                .registerClasses(extraClasses)
                .register(JacksonFeature.withoutExceptionMappers())
                .register(new AbstractBinder() {
                    @Override
                    protected void configure() {
                        services.forEach(this::bindToOwnClass);
                    }

                    // Also to the interfaces it implements, so that a port (DisplayNames, say) can be given as a lambda.
                    @SuppressWarnings({"unchecked", "rawtypes"})
                    private void bindToOwnClass(Object service) {
                        var binding = bind(service).to((Class) service.getClass());
                        for (Class<?> type : service.getClass().getInterfaces()) {
                            binding.to((Class) type);
                        }
                    }
                })
                .property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true)
                .property(ServerProperties.WADL_FEATURE_DISABLE, true);

        Server server = new Server(new InetSocketAddress("127.0.0.1", 0));
        ServletContextHandler context = new ServletContextHandler("/");
        context.addFilter(new FilterHolder(users), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(new ServletContainer(config)), HindsightRestClasses.BASE_PATH + "/*");
        server.setHandler(context);
        server.start();
        int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        return new RestTestServer(server, URI.create("http://127.0.0.1:" + port + HindsightRestClasses.BASE_PATH));
    }

    /** The absolute URI of a path below {@code /rest/hindsight/1.0}. */
    public URI uri(String path) {
        return URI.create(base + path);
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Jetty did not stop", e);
        }
    }
}
