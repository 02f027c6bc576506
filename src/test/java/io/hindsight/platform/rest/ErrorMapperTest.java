package io.hindsight.platform.rest;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.hindsight.rest.HeaderCurrentUser;
import io.hindsight.rest.RestTestClient;
import io.hindsight.rest.RestTestServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The unexpected-failure side of {@link ErrorMapper}, over HTTP: a generic 500 whose correlation id is also in the
 * log, with the details only in the log. (Expected failures are covered with the resources that raise them.)
 */
public class ErrorMapperTest {

    private static final Pattern CORRELATION_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private static RestTestServer server;
    private static RestTestClient client;

    @BeforeClass
    public static void startServer() throws Exception {
        server = RestTestServer.start(new HeaderCurrentUser(), List.of(), FailingResource.class);
        client = RestTestClient.anonymous(server).expectingServerErrors();
    }

    @AfterClass
    public static void stopServer() {
        server.close();
    }

    @Test
    public void unexpectedFailure_is500WithACorrelationIdThatIsAlsoLogged() {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        RestTestClient.Answer answer = withStandardErrorTo(log, () -> client.get("/test/failures/unexpected"));

        answer.expectError(500, "internal_error");
        Matcher id = CORRELATION_ID.matcher(answer.message());
        assertTrue(answer.message(), id.find());
        assertFalse(answer.body().contains("hunter2"));
        String logged = log.toString(StandardCharsets.UTF_8);
        assertTrue(logged, logged.contains(id.group()));
        assertTrue("the log keeps the details: " + logged, logged.contains("hunter2"));
    }

    @Test
    public void eachFailureGetsItsOwnCorrelationId() {
        String first = client.get("/test/failures/unexpected").message();
        String second = client.get("/test/failures/unexpected").message();

        assertFalse(first.equals(second));
    }

    @Test
    public void domainFailureTheMapperDoesNotKnow_is500() {
        RestTestClient.Answer answer = client.get("/test/failures/unmapped-domain-failure");

        answer.expectError(500, "internal_error");
        assertFalse(answer.body().contains("hunter2"));
    }

    @Test
    public void responseJacksonCannotWrite_is500NotABadRequest() {
        client.get("/test/failures/unserialisable").expectError(500, "internal_error");
    }

    // slf4j-simple looks System.err up on every line it writes, so swapping it captures the server's log.
    private static RestTestClient.Answer withStandardErrorTo(ByteArrayOutputStream sink,
            Supplier<RestTestClient.Answer> call) {
        PrintStream original = System.err;
        System.setErr(new PrintStream(sink, true, StandardCharsets.UTF_8));
        try {
            return call.get();
        } finally {
            System.setErr(original);
        }
    }
}
