package cn.jixiao.security;

import cn.jixiao.audit.AuditAction;
import cn.jixiao.audit.AuditLog;
import cn.jixiao.settings.SecuritySettings;
import cn.jixiao.settings.SettingsService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Where a login ends: after the password alone, or after the second factor once the account has one. The session
 * gets a new id and a new CSRF token, the idle timeout and the absolute end of the security settings, and notes
 * whether the account must still enrol a second factor or change an expired password.
 */
@Component
class LoginSessions {

    /** Epoch millis after which the session is over, however busy (session.absoluteHours after the login). */
    static final String ENDS_AT = "jixiao.login.endsAt";
    /** Set while the account's roles require a second factor it has not enrolled. */
    static final String MFA_ENROLMENT_REQUIRED = "jixiao.login.mfaEnrolmentRequired";
    /** The password was right, the second factor is awaited. */
    static final String PENDING = "jixiao.login.pendingMfa";
    private static final Duration PENDING_FOR = Duration.ofMinutes(5);

    record PendingMfa(long userId, String username, long until) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    private final SessionAuthenticationStrategy sessionStrategy;
    private final SecurityContextRepository contexts;
    private final SettingsService settings;
    private final UserMapper users;
    private final AuditLog audit;
    private final Clock clock;

    LoginSessions(SessionAuthenticationStrategy sessionStrategy, SecurityContextRepository contexts,
                  SettingsService settings, UserMapper users, AuditLog audit, Clock clock) {
        this.sessionStrategy = sessionStrategy;
        this.contexts = contexts;
        this.settings = settings;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** The password was right and the account has a second factor: the session waits for the code. */
    void awaitSecondFactor(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = freshSession(user, request, response);
        session.setMaxInactiveInterval((int) PENDING_FOR.toSeconds());
        session.setAttribute(PENDING, new PendingMfa(user.id(), user.username(),
                clock.millis() + PENDING_FOR.toMillis()));
    }

    /** The login awaiting its second factor in this session, or null (none, or expired). */
    PendingMfa pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        PendingMfa pending = session == null ? null : (PendingMfa) session.getAttribute(PENDING);
        return pending != null && pending.until() > clock.millis() ? pending : null;
    }

    void dropPending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /** The login is complete: a session of its own for the user, under the security settings in force. */
    void complete(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
        SecuritySettings security = settings.security();
        HttpSession session = freshSession(user, request, response);
        session.removeAttribute(PENDING);
        session.setMaxInactiveInterval((int) Duration.ofMinutes(security.sessionIdleMinutes()).toSeconds());
        session.setAttribute(ENDS_AT, clock.millis() + Duration.ofHours(security.sessionAbsoluteHours()).toMillis());
        AppUser row = users.findByUsername(user.username());
        if (!row.mfaEnabled() && user.roles().stream().anyMatch(r -> security.mfaRequiredRoles().contains(r.name()))) {
            session.setAttribute(MFA_ENROLMENT_REQUIRED, Boolean.TRUE);
        }
        if (expired(row, security)) {
            users.requirePasswordChange(row.id());
        }
        Authentication auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        audit.record(user.username(), AuditAction.LOGIN, null, null);
    }

    /** The password is older than password.expiryDays. */
    boolean expired(AppUser row, SecuritySettings security) {
        return row.passwordChangedAt() != null && row.passwordChangedAt()
                .plusDays(security.passwordExpiryDays()).isBefore(LocalDateTime.now(clock));
    }

    /** A session that is the user's from now on: a new id (against fixation) and a new CSRF token in it. */
    private HttpSession freshSession(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(true);
        sessionStrategy.onAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()), request, response);
        return request.getSession(false) == null ? session : request.getSession(false);
    }

    static boolean over(HttpSession session, Instant now) {
        Object endsAt = session.getAttribute(ENDS_AT);
        return endsAt instanceof Long millis && now.toEpochMilli() > millis;
    }
}
