package io.hindsight.standalone.web;

import io.hindsight.standalone.users.LocalUser;
import io.hindsight.standalone.users.LocalUsers;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signs requests in with HTTP Basic credentials. A request without them goes on anonymously (the REST access
 * annotations and the pages decide whether that is enough), and so does one with another scheme, such as a
 * webhook's {@code Bearer} token, which only its endpoint can check; wrong Basic credentials are refused at once.
 */
public final class BasicAuthFilter implements Filter {

    static final String CHALLENGE = "Basic realm=\"Hindsight\", charset=\"UTF-8\"";
    private static final int MAX_CACHED = 1_000;

    private final LocalUsers users;
    // PBKDF2 takes tens of milliseconds by design; remember headers already verified (by digest, not in clear).
    private final ConcurrentHashMap<String, LocalUser> verified = new ConcurrentHashMap<>();

    public BasicAuthFilter(LocalUsers users) {
        this.users = users;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String header = request.getHeader("Authorization");
        if (header == null || !isBasic(header)) {
            serveAs(null, request, response, chain);
            return;
        }
        Optional<LocalUser> user = authenticate(header);
        if (user.isEmpty()) {
            JsonErrors.write(response, 401, "unauthenticated", "The user name or password is wrong.");
            response.setHeader("WWW-Authenticate", CHALLENGE);
            return;
        }
        serveAs(user.get(), request, response, chain);
    }

    private void serveAs(LocalUser user, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        RequestUser.set(user);
        try {
            chain.doFilter(request, response);
        } finally {
            RequestUser.clear();
        }
    }

    private static boolean isBasic(String header) {
        return header.regionMatches(true, 0, "Basic ", 0, 6);
    }

    private Optional<LocalUser> authenticate(String header) {
        String digest = sha256(header);
        LocalUser cached = verified.get(digest);
        if (cached != null) {
            return Optional.of(cached);
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        Optional<LocalUser> user = users.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray());
        user.ifPresent(found -> {
            if (verified.size() >= MAX_CACHED) {
                verified.clear();
            }
            verified.put(digest, found);
        });
        return user;
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException unavailable) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", unavailable);
        }
    }
}
