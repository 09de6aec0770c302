package cn.jixiao.security;

import cn.jixiao.audit.AuditLog;
import cn.jixiao.web.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Service;

/** Checks a username and password, counting failures and locking the account after too many. */
@Service
public class LoginService {

    private final AuthenticationManager authenticationManager;
    private final UserMapper users;
    private final LoginProperties properties;
    private final Clock clock;
    private final AuditLog audit;

    public LoginService(AuthenticationManager authenticationManager, UserMapper users,
                        LoginProperties properties, Clock clock, AuditLog audit) {
        this.authenticationManager = authenticationManager;
        this.users = users;
        this.properties = properties;
        this.clock = clock;
        this.audit = audit;
    }

    public Authentication authenticate(String username, String password) {
        AppUser user = users.findByUsername(username);
        LocalDateTime now = LocalDateTime.now(clock);
        if (user != null && user.lockedUntil() != null && user.lockedUntil().isAfter(now)) {
            long minutes = Math.max(1, Duration.between(now, user.lockedUntil()).toMinutes() + 1);
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "ACCOUNT_LOCKED",
                    "登录失败次数过多，账户已锁定，请 " + minutes + " 分钟后再试");
        }
        try {
            Authentication auth = authenticationManager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(username, password));
            if (user.failedLogins() > 0) {
                users.resetFailedLogins(user.id());
            }
            CurrentUser principal = ((CurrentUser) auth.getPrincipal()).withoutPassword();
            audit.record(principal.username(), "LOGIN", null, null);
            return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        } catch (InternalAuthenticationServiceException e) {
            throw e; // loading the user failed (e.g. the database is gone): not a wrong password, nothing to count
        } catch (DisabledException e) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "ACCOUNT_DISABLED", "该账户已停用，请联系管理员");
        } catch (AuthenticationException e) {
            if (user != null) {
                users.recordFailedLogin(user.id(), properties.maxFailures(), now.plus(properties.lockDuration()));
            }
            audit.record(username, "LOGIN_FAILED", null, null);
            throw new ApiException(HttpStatus.UNAUTHORIZED, "BAD_CREDENTIALS", "用户名或密码错误");
        }
    }
}
