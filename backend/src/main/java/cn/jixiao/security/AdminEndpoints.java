package cn.jixiao.security;

import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Which administrator answers which part of /api/admin (三员分立, api.md v2). Everything not named here is
 * SYSTEM_ADMIN's: the org tree, the calendar, the consistency check, and what later features add.
 */
enum AdminEndpoints {
    /** The audit log: read, export, verify — AUDIT_ADMIN alone. */
    AUDIT(new Endpoint(null, "/api/admin/audit"), new Endpoint(null, "/api/admin/audit/**")),
    /** Password resets, unlocks, second-factor resets — SECURITY_ADMIN. */
    SECURITY(new Endpoint(HttpMethod.POST, "/api/admin/users/{id}/reset-password"),
            new Endpoint(HttpMethod.POST, "/api/admin/users/{id}/unlock"),
            new Endpoint(HttpMethod.POST, "/api/admin/users/{id}/reset-mfa")),
    /**
     * Both SYSTEM_ADMIN and SECURITY_ADMIN; the services decide what each may touch: accounts with business roles
     * are the system administrator's, accounts of the three administrators the security administrator's; the
     * settings screen shows each its own groups.
     */
    SHARED(new Endpoint(HttpMethod.GET, "/api/admin/orgs"), new Endpoint(null, "/api/admin/users"),
            new Endpoint(HttpMethod.PUT, "/api/admin/users/{id}"), new Endpoint(null, "/api/admin/settings"));

    private record Endpoint(HttpMethod method, String pattern) {
    }

    private final List<Endpoint> endpoints;

    AdminEndpoints(Endpoint... endpoints) {
        this.endpoints = List.of(endpoints);
    }

    RequestMatcher matcher(PathPatternRequestMatcher.Builder path) {
        return new OrRequestMatcher(endpoints.stream()
                .<RequestMatcher>map(e -> e.method() == null ? path.matcher(e.pattern())
                        : path.matcher(e.method(), e.pattern()))
                .toList());
    }
}
