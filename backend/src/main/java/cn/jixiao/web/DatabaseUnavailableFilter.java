package cn.jixiao.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.filter.OrderedFilter;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 (see {@link DatabaseUnavailable}) when the database is lost outside the controllers:
 * in Spring Security's filters (the login loads the user, the session holds the context) and in
 * Spring Session's filter, which reads and writes the session in the database before and after
 * everything else. Without it those failures end as a container 500.
 */
@Component
public class DatabaseUnavailableFilter extends OncePerRequestFilter implements OrderedFilter {

    /** Outside Spring Session's SessionRepositoryFilter (its DEFAULT_ORDER is Integer.MIN_VALUE + 50). */
    public static final int ORDER = Integer.MIN_VALUE + 40;

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final JsonErrorWriter errors;

    public DatabaseUnavailableFilter(JsonErrorWriter errors) {
        this.errors = errors;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e)) {
                throw e;
            }
            log.warn("Database unavailable, {} {} answered 503: {}", request.getMethod(), request.getRequestURI(),
                    NestedExceptionUtils.getMostSpecificCause(e).toString());
            if (response.isCommitted()) {
                return; // the answer is on its way already; nothing left to say
            }
            response.reset();
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
            errors.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, DatabaseUnavailable.BODY);
        }
    }
}
