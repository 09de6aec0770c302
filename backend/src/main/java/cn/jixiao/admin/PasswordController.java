package cn.jixiao.admin;

import cn.jixiao.audit.AuditAction;
import cn.jixiao.audit.AuditLog;
import cn.jixiao.security.AppUser;
import cn.jixiao.security.BcryptLimit;
import cn.jixiao.security.CurrentUser;
import cn.jixiao.security.LoginGuard;
import cn.jixiao.security.UserMapper;
import cn.jixiao.web.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/auth/password}: any logged-in user changes their own password. The old password is checked under
 * the login's lock (a stolen session cannot guess it), the new one against the policy and the history; the user's
 * other sessions end.
 */
@RestController
public class PasswordController {

    public record ChangePassword(String oldPassword, String newPassword) {
    }

    private final UserMapper users;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final Passwords passwords;
    private final LoginGuard guard;
    private final AuditLog audit;

    public PasswordController(UserMapper users, PasswordEncoder encoder, PasswordPolicy policy, Passwords passwords,
                              LoginGuard guard, AuditLog audit) {
        this.users = users;
        this.encoder = encoder;
        this.policy = policy;
        this.passwords = passwords;
        this.guard = guard;
        this.audit = audit;
    }

    @PostMapping("/api/auth/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void change(@AuthenticationPrincipal CurrentUser me, @RequestBody(required = false) ChangePassword body,
                       HttpServletRequest request) {
        if (me == null) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "请先登录");
        }
        if (body == null || body.oldPassword() == null || body.oldPassword().isEmpty()) {
            throw ApiException.badRequest("原密码（oldPassword）不能为空");
        }
        BcryptLimit.check("原密码（oldPassword）", body.oldPassword());
        BcryptLimit.check("新密码（newPassword）", body.newPassword());
        try {
            guard.reserve(me.username(), null);
        } catch (ApiException locked) {
            audit.record(me.username(), AuditAction.PASSWORD_CHANGE_FAILED, null, locked.getMessage());
            throw locked;
        }
        AppUser user = users.findByUsername(me.username());
        if (user == null || !encoder.matches(body.oldPassword(), user.passwordHash())) {
            guard.failed(me.username(), null);
            audit.record(me.username(), AuditAction.PASSWORD_CHANGE_FAILED, null, "原密码不正确");
            throw new ApiException(HttpStatus.BAD_REQUEST, "WRONG_PASSWORD", "原密码（oldPassword）不正确");
        }
        guard.succeeded(me.username(), null);
        if (body.newPassword() != null && body.newPassword().equals(body.oldPassword())) {
            throw ApiException.badRequest("新密码（newPassword）不能与原密码相同");
        }
        policy.check("新密码（newPassword）", body.newPassword(), me.username(), user.id());
        HttpSession session = request.getSession(false);
        passwords.set(user.id(), user.username(), body.newPassword(), false, session == null ? null : session.getId());
        audit.record(me.username(), AuditAction.PASSWORD_CHANGED, null, "其他会话已结束");
    }
}
