package cn.jixiao.security;

import cn.jixiao.web.ApiError;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the logged-in account afresh on every API and console request, so an administrator's change takes
 * effect at once, on every node, without waiting for sessions to expire: a deactivated account is logged
 * out; changed roles, org (and so the scope) or name replace those kept in the session; and after a password reset only
 * "who am I", the password change and logout stay open until the user has chosen a new password.
 */
class AccountStateFilter extends OncePerRequestFilter {

    private static final Set<String> OPEN_WHILE_PASSWORD_MUST_CHANGE = Set.of(
            "GET /api/auth/me", "POST /api/auth/password", "POST /api/auth/logout");

    private final UserMapper users;
    private final AccountReader accounts;
    private final SecurityContextRepository contexts;
    private final JsonSecurityErrors errors;

    AccountStateFilter(UserMapper users, AccountReader accounts, SecurityContextRepository contexts,
                       JsonSecurityErrors errors) {
        this.users = users;
        this.accounts = accounts;
        this.contexts = contexts;
        this.errors = errors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return !(path.startsWith("/api/") || path.startsWith("/camunda/")) || path.equals("/api/auth/login");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof CurrentUser session)) {
            chain.doFilter(request, response);
            return;
        }
        AppUser row = users.findByUsername(session.username());
        if (row == null || !row.active()) {
            SecurityContextHolder.clearContext();
            HttpSession httpSession = request.getSession(false);
            if (httpSession != null) {
                httpSession.invalidate();
            }
            errors.write(response, HttpServletResponse.SC_UNAUTHORIZED,
                    new ApiError("ACCOUNT_DISABLED", "账户已停用，请联系系统管理员"));
            return;
        }
        CurrentUser fresh = accounts.read(row, false);
        if (!fresh.equals(session)) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null,
                    fresh.getAuthorities()));
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
        }
        if (row.mustChangePassword()
                && !OPEN_WHILE_PASSWORD_MUST_CHANGE.contains(request.getMethod() + " " + path(request))) {
            errors.write(response, HttpServletResponse.SC_FORBIDDEN,
                    new ApiError("PASSWORD_CHANGE_REQUIRED", "管理员已重置您的密码，请先修改密码再继续操作"));
            return;
        }
        chain.doFilter(request, response);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
