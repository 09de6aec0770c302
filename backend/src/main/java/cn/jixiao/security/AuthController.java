package cn.jixiao.security;

import cn.jixiao.org.Org;
import cn.jixiao.org.OrgMapper;
import cn.jixiao.settings.SettingsService;
import cn.jixiao.web.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** JSON login (password, then the second factor where the account has one), logout and "who am I". */
@RestController
@RequestMapping("/api/auth")
public class AuthController {

    public record LoginRequest(String username, String password) {
    }

    public record CodeRequest(String code) {
    }

    public record OrgView(long id, String name, String level) {
    }

    /**
     * @param mustChangePassword    an administrator set the password, or it expired ({@code passwordExpired}): the
     *                              user changes it before anything else
     * @param mfaEnrolmentRequired  the user's roles require a second factor not enrolled yet: enrol before anything else
     * @param adminAreas            the parts of the administration the roles open
     */
    public record Me(String username, String displayName, List<Role> roles, OrgView org,
                     boolean mustChangePassword, boolean passwordExpired, boolean mfaEnabled,
                     boolean mfaEnrolmentRequired, List<AdminArea> adminAreas) {
    }

    /** The answer to a right password when a second factor follows. */
    public record MfaChallenge(boolean mfaRequired) {
    }

    private final LoginService loginService;
    private final LoginSessions loginSessions;
    private final MfaService mfa;
    private final AccountReader accounts;
    private final OrgMapper orgs;
    private final UserMapper users;
    private final SettingsService settings;

    public AuthController(LoginService loginService, LoginSessions loginSessions, MfaService mfa,
                          AccountReader accounts, OrgMapper orgs, UserMapper users, SettingsService settings) {
        this.loginService = loginService;
        this.loginSessions = loginSessions;
        this.mfa = mfa;
        this.accounts = accounts;
        this.orgs = orgs;
        this.users = users;
        this.settings = settings;
    }

    /** 200 with the user, or 200 {@code {"mfaRequired":true}} when the code is to follow ({@code POST /api/auth/mfa}). */
    @PostMapping("/login")
    public Object login(@RequestBody LoginRequest body, HttpServletRequest request, HttpServletResponse response) {
        if (body == null || isBlank(body.username()) || isBlank(body.password())) {
            throw ApiException.badRequest("请输入用户名和密码");
        }
        CurrentUser user = loginService.checkPassword(body.username().trim(), body.password(), request.getRemoteAddr());
        if (users.findByUsername(user.username()).mfaEnabled()) {
            loginSessions.awaitSecondFactor(user, request, response);
            return new MfaChallenge(true);
        }
        loginSessions.complete(user, request, response);
        return describe(user, request);
    }

    /** The second step: the authenticator's current code, or one of the recovery codes (each works once). */
    @PostMapping("/mfa")
    public Me secondFactor(@RequestBody(required = false) CodeRequest body, HttpServletRequest request,
                           HttpServletResponse response) {
        LoginSessions.PendingMfa pending = loginSessions.pending(request);
        if (pending == null) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "MFA_NOT_PENDING", "请先输入用户名和密码（验证已超时，请重新登录）");
        }
        if (body == null || isBlank(body.code())) {
            throw ApiException.badRequest("请输入验证码（code）");
        }
        try {
            loginService.reserveCodeCheck(pending.username(), request.getRemoteAddr());
        } catch (ApiException locked) {
            loginSessions.dropPending(request);
            throw locked;
        }
        boolean right = mfa.check(pending.userId(), body.code());
        loginService.codeChecked(pending.username(), request.getRemoteAddr(), right);
        if (!right) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "BAD_CODE", "验证码错误或已使用");
        }
        AppUser row = users.findByUsername(pending.username());
        if (row == null || !row.active()) {
            loginSessions.dropPending(request);
            throw new ApiException(HttpStatus.UNAUTHORIZED, "ACCOUNT_DISABLED", "该账户已停用，请联系管理员");
        }
        CurrentUser user = accounts.read(row, false);
        loginSessions.complete(user, request, response);
        return describe(user, request);
    }

    @PostMapping("/mfa/enroll")
    public MfaService.Enrolment enroll(@AuthenticationPrincipal CurrentUser user) {
        return mfa.enroll(loggedIn(user));
    }

    @PostMapping("/mfa/confirm")
    public MfaService.RecoveryCodes confirm(@AuthenticationPrincipal CurrentUser user,
                                            @RequestBody(required = false) CodeRequest body, HttpServletRequest request) {
        if (body == null || isBlank(body.code())) {
            throw ApiException.badRequest("请输入验证码（code）");
        }
        MfaService.RecoveryCodes codes = mfa.confirm(loggedIn(user), body.code().strip());
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(LoginSessions.MFA_ENROLMENT_REQUIRED);
        }
        return codes;
    }

    @GetMapping("/me")
    public Me me(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
        return describe(loggedIn(user), request);
    }

    private static CurrentUser loggedIn(CurrentUser user) {
        if (user == null) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "请先登录");
        }
        return user;
    }

    private Me describe(CurrentUser user, HttpServletRequest request) {
        Org org = orgs.findById(user.orgId());
        AppUser row = users.findByUsername(user.username()); // an admin's reset, an enrolment: read fresh
        HttpSession session = request.getSession(false);
        boolean enrolmentRequired = session != null && session.getAttribute(LoginSessions.MFA_ENROLMENT_REQUIRED) != null;
        boolean expired = loginSessions.expired(row, settings.security());
        return new Me(user.username(), user.displayName(), List.copyOf(user.roles()),
                new OrgView(org.id(), org.name(), org.level().name()), row.mustChangePassword() || expired, expired,
                row.mfaEnabled(), enrolmentRequired, AdminArea.of(user.roles()));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
