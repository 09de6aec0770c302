package cn.jixiao.security;

import cn.jixiao.org.Org;
import cn.jixiao.org.OrgMapper;
import cn.jixiao.web.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** JSON login, logout and "who am I" for the Vue app and for scripts. */
@RestController
@RequestMapping("/api/auth")
public class AuthController {

    public record LoginRequest(String username, String password) {
    }

    public record OrgView(long id, String name, String level) {
    }

    public record Me(String username, String displayName, List<Role> roles, OrgView org,
                     boolean mustChangePassword) {
    }

    private final LoginService loginService;
    private final OrgMapper orgs;
    private final UserMapper users;
    private final SecurityContextRepository contextRepository;
    private final SessionAuthenticationStrategy sessionStrategy;

    public AuthController(LoginService loginService, OrgMapper orgs, UserMapper users,
                          SecurityContextRepository contextRepository, SessionAuthenticationStrategy sessionStrategy) {
        this.loginService = loginService;
        this.orgs = orgs;
        this.users = users;
        this.contextRepository = contextRepository;
        this.sessionStrategy = sessionStrategy;
    }

    @PostMapping("/login")
    public Me login(@RequestBody LoginRequest body, HttpServletRequest request, HttpServletResponse response) {
        if (body == null || isBlank(body.username()) || isBlank(body.password())) {
            throw ApiException.badRequest("请输入用户名和密码");
        }
        Authentication auth = loginService.authenticate(body.username().trim(), body.password());
        // new session id and new CSRF token, then keep the context in the session
        sessionStrategy.onAuthentication(auth, request, response);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, request, response);
        return describe((CurrentUser) auth.getPrincipal());
    }

    @GetMapping("/me")
    public Me me(@AuthenticationPrincipal CurrentUser user) {
        if (user == null) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "请先登录");
        }
        return describe(user);
    }

    private Me describe(CurrentUser user) {
        Org org = orgs.findById(user.orgId());
        AppUser row = users.findByUsername(user.username()); // set by an admin's password reset, read fresh
        return new Me(user.username(), user.displayName(), List.copyOf(user.roles()),
                new OrgView(org.id(), org.name(), org.level().name()), row != null && row.mustChangePassword());
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
