package cn.jixiao.security;

import cn.jixiao.audit.AuditAction;
import cn.jixiao.audit.AuditLog;
import cn.jixiao.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Service;

/**
 * Checks a username and password under the {@link LoginGuard}: each check takes its place first, so the lock
 * holds against guesses sent in parallel, and every failure — bad input included — is in the audit log.
 */
@Service
public class LoginService {

    /** As long as a username may be (app_user.username); longer names are refused before anything is looked up. */
    static final int MAX_USERNAME = 64;

    private final AuthenticationManager authenticationManager;
    private final LoginGuard guard;
    private final AuditLog audit;

    public LoginService(AuthenticationManager authenticationManager, LoginGuard guard, AuditLog audit) {
        this.authenticationManager = authenticationManager;
        this.guard = guard;
        this.audit = audit;
    }

    /** The account whose password this is; 400, 401 or 429 otherwise. The login itself is completed by the caller. */
    public CurrentUser checkPassword(String username, String password, String address) {
        if (username.length() > MAX_USERNAME) {
            audit.record(username.substring(0, MAX_USERNAME - 1) + "…", AuditAction.LOGIN_FAILED, null, "用户名超过 64 个字符");
            throw ApiException.badRequest("用户名（username）不能超过 " + MAX_USERNAME + " 个字符");
        }
        try {
            BcryptLimit.check("密码（password）", password);
        } catch (ApiException tooLong) {
            audit.record(username, AuditAction.LOGIN_FAILED, null, "密码超过 72 字节");
            throw tooLong;
        }
        try {
            guard.reserve(username, address);
        } catch (ApiException locked) {
            audit.record(username, AuditAction.LOGIN_FAILED, null, locked.getMessage());
            throw locked;
        }
        try {
            CurrentUser user = (CurrentUser) authenticationManager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(username, password)).getPrincipal();
            guard.succeeded(username, address);
            return user.withoutPassword();
        } catch (DisabledException e) {
            guard.succeeded(username, address); // the password was right
            audit.record(username, AuditAction.LOGIN_FAILED, null, "账户已停用");
            throw new ApiException(HttpStatus.UNAUTHORIZED, "ACCOUNT_DISABLED", "该账户已停用，请联系管理员");
        } catch (InternalAuthenticationServiceException e) {
            guard.failed(username, address); // loading the user failed (the database is gone?): the place stays
            throw e;
        } catch (AuthenticationException e) {
            guard.failed(username, address);
            audit.record(username, AuditAction.LOGIN_FAILED, null, null);
            throw new ApiException(HttpStatus.UNAUTHORIZED, "BAD_CREDENTIALS", "用户名或密码错误");
        }
    }

    /** A wrong second-factor code counts like a wrong password, under the same lock. */
    public void reserveCodeCheck(String username, String address) {
        try {
            guard.reserve(username, address);
        } catch (ApiException locked) {
            audit.record(username, AuditAction.MFA_FAILED, null, locked.getMessage());
            throw locked;
        }
    }

    public void codeChecked(String username, String address, boolean right) {
        if (right) {
            guard.succeeded(username, address);
        } else {
            guard.failed(username, address);
            audit.record(username, AuditAction.MFA_FAILED, null, "验证码错误");
        }
    }
}
