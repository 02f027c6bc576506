package io.hindsight.rest;

import io.hindsight.platform.CurrentUser;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;

/**
 * Test sign-in: a servlet filter that takes the user key from the {@value #HEADER} request header, and the
 * {@link CurrentUser} that reports it while the request runs. No header means an anonymous request.
 */
public final class HeaderCurrentUser implements Filter, CurrentUser {

    public static final String HEADER = "X-Test-User";

    private final ThreadLocal<String> current = new ThreadLocal<>();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        current.set(((HttpServletRequest) request).getHeader(HEADER));
        try {
            chain.doFilter(request, response);
        } finally {
            current.remove();
        }
    }

    @Override
    public Optional<String> userKey() {
        return Optional.ofNullable(current.get());
    }
}
