package io.hindsight.it.cluster;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load balancer in front of one node, failing a share of requests on purpose, the three ways a network fails a
 * webhook sender: refused before the node sees the request (503), the node's answer replaced by a 502 after it did
 * the work, and the connection cut after the node did the work (no answer at all). The last two are the hard ones:
 * the client must retry something that was stored already.
 *
 * <p>Injected answers carry {@value #INJECTED_HEADER}, so the client can tell them from a node's own 5xx.
 */
final class FaultyProxy implements AutoCloseable {

    static final String INJECTED_HEADER = "X-Injected-Fault";
    private static final List<String> FORWARDED_HEADERS = List.of("Authorization", "Content-Type", "Accept");

    private final HttpServer server;
    private final ExecutorService threads;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final double failureShare;
    private final Random random;
    private volatile URI target;
    final AtomicInteger forwarded = new AtomicInteger();
    final AtomicInteger refusedBefore = new AtomicInteger();
    final AtomicInteger failedAfter = new AtomicInteger();
    final AtomicInteger cutAfter = new AtomicInteger();

    FaultyProxy(URI target, double failureShare, long seed, int threadCount) throws IOException {
        this.target = target;
        this.failureShare = failureShare;
        this.random = new Random(seed);
        this.threads = Executors.newFixedThreadPool(threadCount);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Points the proxy at a restarted node. */
    void retarget(URI node) {
        this.target = node;
    }

    int injected() {
        return refusedBefore.get() + failedAfter.get() + cutAfter.get();
    }

    /** Each answer closes its exchange; a cut leaves it open and throws, so the server drops the connection. */
    private void handle(HttpExchange exchange) throws IOException {
        int fault = pickFault();
        byte[] body = readAll(exchange.getRequestBody());
        if (fault == 1) {
            refusedBefore.incrementAndGet();
            answer(exchange, 503, "{\"injected\": \"refused before forwarding\"}".getBytes(), true);
            return;
        }
        HttpResponse<byte[]> response = forward(exchange, body);
        forwarded.incrementAndGet();
        if (fault == 2) {
            failedAfter.incrementAndGet();
            answer(exchange, 502, "{\"injected\": \"answer lost after forwarding\"}".getBytes(), true);
            return;
        }
        if (fault == 3) {
            cutAfter.incrementAndGet();
            throw new IOException("injected: connection cut after forwarding");
        }
        exchange.getResponseHeaders().set("Content-Type",
                response.headers().firstValue("Content-Type").orElse("application/json"));
        answer(exchange, response.statusCode(), response.body(), false);
    }

    /** 0: none; 1, 2, 3: the three faults, equally often, {@code failureShare} of requests in all. */
    private int pickFault() {
        synchronized (random) {
            double draw = random.nextDouble();
            if (draw >= failureShare) {
                return 0;
            }
            return 1 + (int) (draw / failureShare * 3);
        }
    }

    private HttpResponse<byte[]> forward(HttpExchange exchange, byte[] body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI().toString()))
                .timeout(Duration.ofSeconds(60))
                .method(exchange.getRequestMethod(), body.length == 0 && exchange.getRequestMethod().equals("GET")
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        for (String header : FORWARDED_HEADERS) {
            String value = exchange.getRequestHeaders().getFirst(header);
            if (value != null) {
                request.header(header, value);
            }
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void answer(HttpExchange exchange, int status, byte[] body, boolean injected) throws IOException {
        if (injected) {
            exchange.getResponseHeaders().set(INJECTED_HEADER, "true");
            exchange.getResponseHeaders().set("Content-Type", "application/json");
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
        exchange.close();
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
