package cn.jixiao.admin;

import cn.jixiao.audit.AuditLog;
import cn.jixiao.security.AppUser;
import cn.jixiao.security.CurrentUser;
import cn.jixiao.security.UserMapper;
import cn.jixiao.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/auth/password}: any logged-in user changes their own password. */
@RestController
public class PasswordController {

    public record ChangePassword(String oldPassword, String newPassword) {
    }

    private final UserMapper users;
    private final AdminMapper admin;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final AuditLog audit;

    public PasswordController(UserMapper users, AdminMapper admin, PasswordEncoder encoder, PasswordPolicy policy,
                              AuditLog audit) {
        this.users = users;
        this.admin = admin;
        this.encoder = encoder;
        this.policy = policy;
        this.audit = audit;
    }

    @PostMapping("/api/auth/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    public void change(@AuthenticationPrincipal CurrentUser me, @RequestBody(required = false) ChangePassword body) {
        if (me == null) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "请先登录");
        }
        if (body == null || body.oldPassword() == null || body.oldPassword().isEmpty()) {
            throw ApiException.badRequest("原密码（oldPassword）不能为空");
        }
        AppUser user = users.findByUsername(me.username());
        if (user == null || !encoder.matches(body.oldPassword(), user.passwordHash())) {
            audit.record(me.username(), "PASSWORD_CHANGE_FAILED", null, "原密码不正确");
            throw new ApiException(HttpStatus.BAD_REQUEST, "WRONG_PASSWORD", "原密码（oldPassword）不正确");
        }
        policy.check("新密码（newPassword）", body.newPassword(), me.username());
        if (body.newPassword().equals(body.oldPassword())) {
            throw ApiException.badRequest("新密码（newPassword）不能与原密码相同");
        }
        admin.setPassword(user.id(), encoder.encode(body.newPassword()), false);
        audit.record(me.username(), "PASSWORD_CHANGED", null, null);
    }
}
