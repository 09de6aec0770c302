package cn.jixiao.security;

import cn.jixiao.web.ApiError;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks the logged-in account on every API and console request ({@link AccountCache}: read once, kept until any
 * account or org changes — at once on this node, within a second on the others), so an administrator's change
 * takes effect without waiting for sessions to expire: a deactivated account is logged
 * out; changed roles, org (and so the scope) or name replace those kept in the session; after a password reset (or
 * its expiry) only "who am I", the password change and logout stay open until the user has chosen a new password;
 * while the roles require a second factor not enrolled yet, only the enrolment; and a session past its absolute
 * end (session.absoluteHours after the login) is over, however busy it was.
 */
class AccountStateFilter extends OncePerRequestFilter {

    private static final Set<String> OPEN_WHILE_PASSWORD_MUST_CHANGE = Set.of(
            "GET /api/auth/me", "POST /api/auth/password", "POST /api/auth/logout");
    private static final Set<String> OPEN_WHILE_MFA_MUST_ENROL = Set.of(
            "GET /api/auth/me", "POST /api/auth/mfa/enroll", "POST /api/auth/mfa/confirm", "POST /api/auth/logout",
            "POST /api/auth/password");

    private final AccountCache accounts;
    private final SecurityContextRepository contexts;
    private final JsonSecurityErrors errors;
    private final Clock clock;

    AccountStateFilter(AccountCache accounts, SecurityContextRepository contexts, JsonSecurityErrors errors,
                       Clock clock) {
        this.accounts = accounts;
        this.contexts = contexts;
        this.errors = errors;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return !(path.startsWith("/api/") || path.startsWith("/camunda/")) || path.equals("/api/auth/login")
                || path.equals("/api/meta"); // the vocabulary, open to all
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof CurrentUser session)) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession httpSession = request.getSession(false);
        if (httpSession != null && LoginSessions.over(httpSession, clock.instant())) {
            end(request, response, new ApiError("SESSION_EXPIRED", "登录已超过最长时限，请重新登录"));
            return;
        }
        AccountCache.Account row = accounts.find(session.username());
        if (row == null || !row.active()) {
            end(request, response, new ApiError("ACCOUNT_DISABLED", "账户已停用，请联系系统管理员"));
            return;
        }
        CurrentUser fresh = row.user();
        if (!fresh.equals(session)) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null,
                    fresh.getAuthorities()));
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
        }
        String call = request.getMethod() + " " + path(request);
        if (row.mustChangePassword() && !OPEN_WHILE_PASSWORD_MUST_CHANGE.contains(call)) {
            errors.write(response, HttpServletResponse.SC_FORBIDDEN,
                    new ApiError("PASSWORD_CHANGE_REQUIRED", "密码已被管理员重置或已过期，请先修改密码再继续操作"));
            return;
        }
        if (httpSession != null && httpSession.getAttribute(LoginSessions.MFA_ENROLMENT_REQUIRED) != null
                && !OPEN_WHILE_MFA_MUST_ENROL.contains(call)) {
            errors.write(response, HttpServletResponse.SC_FORBIDDEN,
                    new ApiError("MFA_ENROLMENT_REQUIRED", "您的角色须使用双因素认证，请先绑定验证器应用再继续操作"));
            return;
        }
        chain.doFilter(request, response);
    }

    private void end(HttpServletRequest request, HttpServletResponse response, ApiError why) throws IOException {
        SecurityContextHolder.clearContext();
        HttpSession httpSession = request.getSession(false);
        if (httpSession != null) {
            httpSession.invalidate();
        }
        errors.write(response, HttpServletResponse.SC_UNAUTHORIZED, why);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
