package cn.jixiao.admin;

import cn.jixiao.audit.AuditAction;
import cn.jixiao.audit.AuditLog;
import cn.jixiao.org.Org;
import cn.jixiao.org.OrgMapper;
import cn.jixiao.security.AppUser;
import cn.jixiao.security.CurrentUser;
import cn.jixiao.security.LoginGuard;
import cn.jixiao.security.MfaService;
import cn.jixiao.security.Role;
import cn.jixiao.security.UserMapper;
import cn.jixiao.security.UserSessions;
import cn.jixiao.web.ApiException;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People: create, edit (name, org, roles, active), reset a password with a forced change at next login, unlock, reset
 * the second factor. 三员分立: accounts holding a business role are the system administrator's, the accounts of
 * the three administrators the security administrator's; no account holds two administrator roles or one with a
 * business role (422 ROLE_CONFLICT).
 */
@Service
public class UserAdminService {

    public record OrgRef(long id, String name, String level, String path) {
    }

    public record UserView(long id, String username, String displayName, OrgRef org, List<Role> roles,
                           String phone, boolean active, boolean mustChangePassword, LocalDateTime lockedUntil,
                           boolean mfaEnabled, LocalDateTime createdAt, boolean manageable) {
    }

    public record NewUser(String username, String displayName, Long orgId, List<String> roles, String password,
                          String phone) {
    }

    /** PUT body; null keeps the current value. */
    public record UserChange(String displayName, Long orgId, List<String> roles, Boolean active, String phone) {
    }

    public record ResetPassword(String password) {
    }

    public record ResetResult(String username, String temporaryPassword, boolean mustChangePassword) {
    }

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.-]{2,64}");
    private static final String TEMP_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AdminMapper admin;
    private final UserMapper users;
    private final OrgMapper orgs;
    private final Passwords passwords;
    private final PasswordPolicy policy;
    private final LoginGuard guard;
    private final MfaService mfa;
    private final UserSessions sessions;
    private final AuditLog audit;

    public UserAdminService(AdminMapper admin, UserMapper users, OrgMapper orgs, Passwords passwords,
                            PasswordPolicy policy, LoginGuard guard, MfaService mfa, UserSessions sessions,
                            AuditLog audit) {
        this.admin = admin;
        this.users = users;
        this.orgs = orgs;
        this.passwords = passwords;
        this.policy = policy;
        this.guard = guard;
        this.mfa = mfa;
        this.sessions = sessions;
        this.audit = audit;
    }

    /** Every account; {@code manageable}: whether {@code me} may edit it (三员分立). */
    public List<UserView> list(CurrentUser me) {
        Map<Long, List<Role>> roles = new HashMap<>();
        for (AdminMapper.UserRoleRow r : admin.findAllRoles()) {
            roles.computeIfAbsent(r.userId(), k -> new ArrayList<>()).add(Role.valueOf(r.role()));
        }
        Map<Long, Org> orgById = new HashMap<>();
        orgs.findInScope("/").forEach(o -> orgById.put(o.id(), o));
        return admin.findUsers(passwords.now()).stream().map(u -> {
            Org o = orgById.get(u.orgId());
            return new UserView(u.id(), u.username(), u.displayName(),
                    o == null ? null : new OrgRef(o.id(), o.name(), o.level().name(), o.path()),
                    roles.getOrDefault(u.id(), List.of()).stream().sorted().toList(), u.phone(), u.active(), u.mustChangePassword(),
                    u.lockedUntil(), u.mfaEnabled(), u.createdAt(),
                    me.hasRole(manager(EnumSet.copyOf(roles.getOrDefault(u.id(), List.of(Role.FILER))))));
        }).toList();
    }

    public UserView view(CurrentUser me, long id) {
        return list(me).stream().filter(u -> u.id() == id).findFirst()
                .orElseThrow(() -> ApiException.notFound("用户不存在：" + id));
    }

    @Transactional
    public UserView create(CurrentUser me, NewUser body) {
        String adminUser = me.username();
        if (body == null) {
            throw ApiException.badRequest("请求内容不能为空");
        }
        String username = AdminText.required(body.username(), "用户名（username）", 64);
        if (!USERNAME.matcher(username).matches()) {
            throw ApiException.badRequest("用户名（username）只能包含字母、数字、下划线、点和连字符，长度 2–64");
        }
        if (users.findByUsername(username) != null) {
            throw ApiException.conflict("用户名（username）已存在：" + username);
        }
        String displayName = AdminText.required(body.displayName(), "姓名（displayName）", 100);
        String phone = AdminText.optional(body.phone(), "电话（phone）", 40);
        Org org = activeOrg(body.orgId());
        Set<Role> roles = roles(body.roles(), org);
        if (!firstSecurityAdministrator(me, roles)) {
            mayManage(me, roles);
        }
        policy.check("初始密码（password）", body.password(), username, null);
        // an initial password chosen by the administrator is changed by its owner at first login
        String hash = passwords.hashForNewAccount(body.password());
        admin.insertUser(username, displayName, hash, org.id(), phone, true, passwords.now());
        AppUser created = users.findByUsername(username);
        passwords.recordFirst(created.id(), hash);
        roles.forEach(r -> admin.insertRole(created.id(), r.name()));
        audit.record(adminUser, AuditAction.ADMIN_USER_CREATE, null,
                AdminText.clip("新增用户 " + username + "（" + displayName + "），" + org.name() + "，角色 " + labels(roles)));
        return view(me, created.id());
    }

    @Transactional
    public UserView update(CurrentUser me, long id, UserChange body) {
        String adminUser = me.username();
        AppUser user = admin.findUserById(id);
        if (user == null) {
            throw ApiException.notFound("用户不存在：" + id);
        }
        if (body == null) {
            throw ApiException.badRequest("请求内容不能为空");
        }
        List<String> changes = new ArrayList<>();
        String displayName = body.displayName() == null ? user.displayName()
                : AdminText.required(body.displayName(), "姓名（displayName）", 100);
        if (!displayName.equals(user.displayName())) {
            changes.add("姓名 " + user.displayName() + " → " + displayName);
        }
        String phone = body.phone() == null ? user.phone() : AdminText.optional(body.phone(), "电话（phone）", 40);
        if (!Objects.equals(phone, user.phone())) {
            changes.add("电话");
        }
        Org org = body.orgId() == null || body.orgId().equals(user.orgId()) ? orgs.findById(user.orgId())
                : activeOrg(body.orgId());
        if (!org.id().equals(user.orgId())) {
            Org old = orgs.findById(user.orgId());
            changes.add("机构 " + (old == null ? "?" : old.name()) + " → " + org.name());
        }
        Set<Role> current = EnumSet.noneOf(Role.class);
        current.addAll(users.findRoles(id));
        Set<Role> roles = body.roles() == null ? current : roles(body.roles(), org);
        if (body.roles() == null && !org.id().equals(user.orgId())) {
            roles(current.stream().map(Role::name).toList(), org); // the roles must still fit the new org
        }
        boolean active = body.active() == null ? user.active() : body.active();
        boolean self = user.username().equals(adminUser);
        if (self && !active) {
            throw ApiException.badRequest("启用状态（active）：不能停用自己的账户");
        }
        if (self && !roles.equals(current)) {
            throw ApiException.badRequest("角色（roles）：不能修改自己的角色");
        }
        mayManage(me, current);
        mayManage(me, roles);
        if (active != user.active()) {
            changes.add(active ? "启用" : "停用");
        }
        admin.updateUser(id, displayName, org.id(), phone, active);
        if (!roles.equals(current)) {
            admin.deleteRoles(id);
            roles.forEach(r -> admin.insertRole(id, r.name()));
            changes.add("角色 " + labels(current) + " → " + labels(roles));
        }
        if (!changes.isEmpty()) {
            audit.record(adminUser, AuditAction.ADMIN_USER_UPDATE, null,
                    AdminText.clip(user.username() + "：" + String.join("；", changes)));
        }
        return view(me, id);
    }

    /** The security administrator sets a temporary password; every session of the account ends. */
    @Transactional
    public ResetResult resetPassword(CurrentUser me, long id, ResetPassword body) {
        AppUser user = other(me, id, "重置自己的密码（请用“修改密码”）");
        String password = body == null || body.password() == null || body.password().isEmpty()
                ? temporaryPassword() : body.password();
        policy.check("临时密码（password）", password, user.username(), user.id());
        passwords.set(id, user.username(), password, true, null);
        audit.record(me.username(), AuditAction.ADMIN_PASSWORD_RESET, null, "重置 " + user.username() + " 的密码，下次登录须修改；其会话已全部结束");
        return new ResetResult(user.username(), password, true);
    }

    @Transactional
    public UserView unlock(CurrentUser me, long id) {
        AppUser user = other(me, id, "解锁自己的账户");
        guard.unlock(user.username());
        audit.record(me.username(), AuditAction.ADMIN_USER_UNLOCK, null, "解除 " + user.username() + " 的登录锁定");
        return view(me, id);
    }

    /** The account loses its second factor and recovery codes; it enrols anew, at its next login where required. */
    @Transactional
    public UserView resetMfa(CurrentUser me, long id) {
        AppUser user = other(me, id, "重置自己的双因素认证");
        mfa.reset(id);
        sessions.endAll(user.username(), null);
        audit.record(me.username(), AuditAction.ADMIN_MFA_RESET, null, "重置 " + user.username() + " 的双因素认证；其会话已全部结束");
        return view(me, id);
    }

    /**
     * After the upgrade from the single ADMIN (V8) there is only a system administrator: it may create the first
     * security administrator — and only while there is none — who then creates the audit administrator.
     */
    private boolean firstSecurityAdministrator(CurrentUser me, Set<Role> roles) {
        return me.hasRole(Role.SYSTEM_ADMIN) && roles.equals(Set.of(Role.SECURITY_ADMIN))
                && admin.countActiveWithRole(Role.SECURITY_ADMIN.name()) == 0;
    }

    /** Accounts of the three administrators are the security administrator's, all others the system administrator's. */
    private static Role manager(Set<Role> roles) {
        return roles.stream().anyMatch(Role::administrator) ? Role.SECURITY_ADMIN : Role.SYSTEM_ADMIN;
    }

    private AppUser other(CurrentUser me, long id, String notYourself) {
        AppUser user = admin.findUserById(id);
        if (user == null) {
            throw ApiException.notFound("用户不存在：" + id);
        }
        if (user.id() == me.id()) {
            throw ApiException.badRequest("不能" + notYourself);
        }
        return user;
    }

    /** 三员分立: who may manage an account with these roles. */
    private static void mayManage(CurrentUser me, Set<Role> roles) {
        boolean administrators = roles.stream().anyMatch(Role::administrator);
        if (!me.hasRole(manager(roles))) {
            throw ApiException.forbidden(administrators
                    ? "系统管理员、安全管理员、审计管理员的账户由安全管理员管理"
                    : "业务账户（填报人、单位负责人、地区审核、地区领导）由系统管理员管理");
        }
    }

    /** 12 random characters with upper case, lower case and digits, as the policy asks. */
    static String temporaryPassword() {
        while (true) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 12; i++) {
                sb.append(TEMP_ALPHABET.charAt(RANDOM.nextInt(TEMP_ALPHABET.length())));
            }
            String p = sb.toString();
            if (p.chars().anyMatch(Character::isUpperCase) && p.chars().anyMatch(Character::isLowerCase)
                    && p.chars().anyMatch(Character::isDigit)) {
                return p;
            }
        }
    }

    private Org activeOrg(Long orgId) {
        if (orgId == null) {
            throw ApiException.badRequest("所属机构（orgId）不能为空");
        }
        Org org = orgs.findById(orgId);
        if (org == null) {
            throw ApiException.badRequest("所属机构（orgId）不存在：" + orgId);
        }
        if (!org.active()) {
            throw ApiException.badRequest("所属机构（orgId）已停用：" + org.name());
        }
        return org;
    }

    /** Parses the role names and checks they fit the org: unit roles at a unit, prefecture roles at a prefecture. */
    private static Set<Role> roles(List<String> names, Org org) {
        if (names == null || names.isEmpty()) {
            throw ApiException.badRequest("角色（roles）至少选择一个");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            try {
                roles.add(Role.valueOf(name == null ? "" : name.strip()));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("角色（roles）无效：" + name);
            }
        }
        if (Role.conflict(roles)) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "ROLE_CONFLICT", "角色（roles）：三员分立，"
                    + "系统管理员、安全管理员、审计管理员只能各自单独授予，不能兼任，也不能与业务角色同时授予");
        }
        for (Role r : roles) {
            if (!r.levels().contains(org.level())) {
                throw ApiException.badRequest("角色（roles）：" + r.label() + "不能设在" + org.level().label() + "（"
                        + org.name() + "）");
            }
        }
        return roles;
    }

    private static String labels(Set<Role> roles) {
        return roles.isEmpty() ? "（无）" : String.join("、", roles.stream().map(Role::label).toList());
    }
}
