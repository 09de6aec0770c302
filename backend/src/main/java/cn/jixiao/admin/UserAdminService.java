package cn.jixiao.admin;

import cn.jixiao.audit.AuditLog;
import cn.jixiao.org.Org;
import cn.jixiao.org.OrgLevel;
import cn.jixiao.org.OrgMapper;
import cn.jixiao.security.AppUser;
import cn.jixiao.security.Role;
import cn.jixiao.security.UserMapper;
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
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People: create, edit (name, org, roles, active), reset a password with a forced change at next login. */
@Service
public class UserAdminService {

    public record OrgRef(long id, String name, String level, String path) {
    }

    public record UserView(long id, String username, String displayName, OrgRef org, List<Role> roles,
                           String phone, boolean active, boolean mustChangePassword, LocalDateTime lockedUntil,
                           LocalDateTime createdAt) {
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
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final AuditLog audit;

    public UserAdminService(AdminMapper admin, UserMapper users, OrgMapper orgs, PasswordEncoder encoder,
                            PasswordPolicy policy, AuditLog audit) {
        this.admin = admin;
        this.users = users;
        this.orgs = orgs;
        this.encoder = encoder;
        this.policy = policy;
        this.audit = audit;
    }

    public List<UserView> list() {
        Map<Long, List<Role>> roles = new HashMap<>();
        for (AdminMapper.UserRoleRow r : admin.findAllRoles()) {
            roles.computeIfAbsent(r.userId(), k -> new ArrayList<>()).add(Role.valueOf(r.role()));
        }
        Map<Long, Org> orgById = new HashMap<>();
        orgs.findInScope("/").forEach(o -> orgById.put(o.id(), o));
        return admin.findUsers().stream().map(u -> {
            Org o = orgById.get(u.orgId());
            return new UserView(u.id(), u.username(), u.displayName(),
                    o == null ? null : new OrgRef(o.id(), o.name(), o.level().name(), o.path()),
                    roles.getOrDefault(u.id(), List.of()).stream().sorted().toList(), u.phone(), u.active(), u.mustChangePassword(),
                    u.lockedUntil(), u.createdAt());
        }).toList();
    }

    public UserView view(long id) {
        return list().stream().filter(u -> u.id() == id).findFirst()
                .orElseThrow(() -> ApiException.notFound("用户不存在：" + id));
    }

    @Transactional
    public UserView create(String adminUser, NewUser body) {
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
        policy.check("初始密码（password）", body.password(), username);
        // an initial password chosen by the administrator is changed by its owner at first login
        admin.insertUser(username, displayName, encoder.encode(body.password()), org.id(), phone, true);
        AppUser created = users.findByUsername(username);
        roles.forEach(r -> admin.insertRole(created.id(), r.name()));
        audit.record(adminUser, "ADMIN_USER_CREATE", null,
                AdminText.clip("新增用户 " + username + "（" + displayName + "），" + org.name() + "，角色 " + labels(roles)));
        return view(created.id());
    }

    @Transactional
    public UserView update(String adminUser, long id, UserChange body) {
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
        if (self && current.contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            throw ApiException.badRequest("角色（roles）：不能取消自己的系统管理员角色");
        }
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
            audit.record(adminUser, "ADMIN_USER_UPDATE", null,
                    AdminText.clip(user.username() + "：" + String.join("；", changes)));
        }
        return view(id);
    }

    @Transactional
    public ResetResult resetPassword(String adminUser, long id, ResetPassword body) {
        AppUser user = admin.findUserById(id);
        if (user == null) {
            throw ApiException.notFound("用户不存在：" + id);
        }
        String password = body == null || body.password() == null || body.password().isEmpty()
                ? temporaryPassword() : body.password();
        policy.check("临时密码（password）", password, user.username());
        admin.setPassword(id, encoder.encode(password), true);
        audit.record(adminUser, "ADMIN_PASSWORD_RESET", null, "重置 " + user.username() + " 的密码，下次登录须修改");
        return new ResetResult(user.username(), password, true);
    }

    static String temporaryPassword() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            sb.append(TEMP_ALPHABET.charAt(RANDOM.nextInt(TEMP_ALPHABET.length())));
        }
        return sb.toString();
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
        for (Role r : roles) {
            boolean fits = switch (r) {
                case FILER, UNIT_HEAD -> org.level() == OrgLevel.UNIT;
                case PREFECTURE_REVIEWER, PREFECTURE_LEADER -> org.level() == OrgLevel.PREFECTURE;
                case ADMIN -> true;
            };
            if (!fits) {
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
