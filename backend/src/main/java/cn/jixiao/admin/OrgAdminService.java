package cn.jixiao.admin;

import cn.jixiao.audit.AuditAction;
import cn.jixiao.audit.AuditLog;
import cn.jixiao.org.Org;
import cn.jixiao.org.OrgLevel;
import cn.jixiao.org.OrgMapper;
import cn.jixiao.web.ApiException;
import cn.jixiao.workflow.ReviewRerouting;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The org tree: add, rename, move (rewriting the paths of the subtree), deactivate. */
@Service
public class OrgAdminService {

    public record OrgNode(long id, Long parentId, String code, String name, String shortName, OrgLevel level,
                          String levelLabel, String path, int sortOrder, boolean active, boolean ownLevel,
                          String department, List<OrgNode> children) {
    }

    /** POST body. {@code level} may be left out: a unit (本级 when the parent is a prefecture), or a prefecture under the region. */
    public record NewOrg(Long parentId, String name, String shortName, String code, String level, Integer sortOrder,
                         String department) {
    }

    /** PUT body; every field is optional, null keeps the current value ({@code department} "" clears it). */
    public record OrgChange(String name, String shortName, Long parentId, Integer sortOrder, Boolean active,
                            String department) {
    }

    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z-]{1,40}");
    private static final int MAX_PATH = 400;

    private final OrgMapper orgs;
    private final AdminMapper admin;
    private final AuditLog audit;
    private final ReviewRerouting rerouting;

    public OrgAdminService(OrgMapper orgs, AdminMapper admin, AuditLog audit, ReviewRerouting rerouting) {
        this.orgs = orgs;
        this.admin = admin;
        this.audit = audit;
        this.rerouting = rerouting;
    }

    public List<OrgNode> tree() {
        List<Org> all = orgs.findInScope("/");
        Map<Long, Org> byId = new LinkedHashMap<>();
        all.forEach(o -> byId.put(o.id(), o));
        Map<Long, List<Org>> children = new LinkedHashMap<>();
        List<Org> roots = new ArrayList<>();
        for (Org o : all) {
            if (o.parentId() == null || !byId.containsKey(o.parentId())) {
                roots.add(o);
            } else {
                children.computeIfAbsent(o.parentId(), k -> new ArrayList<>()).add(o);
            }
        }
        return roots.stream().sorted(ORDER).map(o -> node(o, byId, children)).toList();
    }

    private static final Comparator<Org> ORDER = Comparator.comparingInt(Org::sortOrder).thenComparing(Org::code);

    private OrgNode node(Org o, Map<Long, Org> byId, Map<Long, List<Org>> children) {
        List<OrgNode> kids = children.getOrDefault(o.id(), List.of()).stream().sorted(ORDER)
                .map(c -> node(c, byId, children)).toList();
        Org parent = o.parentId() == null ? null : byId.get(o.parentId());
        return new OrgNode(o.id(), o.parentId(), o.code(), o.name(), o.shortName(), o.level(), o.level().label(),
                o.path(), o.sortOrder(), o.active(), o.isOwnLevelUnitOf(parent), o.department(), kids);
    }

    @Transactional
    public Org create(String adminUser, NewOrg body) {
        if (body == null) {
            throw ApiException.badRequest("请求内容不能为空");
        }
        if (body.parentId() == null) {
            throw ApiException.badRequest("上级机构（parentId）不能为空");
        }
        Org parent = orgs.findById(body.parentId());
        if (parent == null) {
            throw ApiException.badRequest("上级机构（parentId）不存在：" + body.parentId());
        }
        if (!parent.active()) {
            throw ApiException.badRequest("上级机构（parentId）已停用：" + parent.name());
        }
        String name = AdminText.required(body.name(), "名称（name）", 100);
        String shortName = AdminText.optional(body.shortName(), "简称（shortName）", 50);
        String department = AdminText.optional(body.department(), "主管部门（department）", 100);
        OrgLevel level = levelOf(body.level(), parent);
        if (!parent.level().children().contains(level)) {
            throw ApiException.badRequest("级别（level）：" + parent.level().label() + "下不能添加" + level.label());
        }
        String code = AdminText.optional(body.code(), "编码（code）", 40);
        if (code == null) {
            code = nextCode(parent);
        } else if (!CODE.matcher(code).matches()) {
            throw ApiException.badRequest("编码（code）只能包含字母、数字和连字符");
        } else if (orgs.findByCode(code) != null) {
            throw ApiException.badRequest("编码（code）已被使用：" + code);
        }
        String path = parent.path() + code + "/";
        if (path.length() > MAX_PATH) {
            throw ApiException.badRequest("编码（code）过长：机构层级路径超过 " + MAX_PATH + " 个字符");
        }
        int sortOrder = body.sortOrder() != null ? body.sortOrder() : 0;
        admin.insertOrg(parent.id(), code, name, shortName, level.name(), path, sortOrder, department);
        Org created = orgs.findByCode(code);
        audit.record(adminUser, AuditAction.ADMIN_ORG_CREATE, null, AdminText.clip("新增" + level.label() + " " + name
                + "（" + code + "）于 " + parent.name() + (created.isOwnLevelUnitOf(parent) ? "，本级单位" : "")));
        return created;
    }

    private static OrgLevel levelOf(String level, Org parent) {
        if (level == null || level.isBlank()) {
            return parent.level() == OrgLevel.REGION ? OrgLevel.PREFECTURE : OrgLevel.UNIT;
        }
        try {
            return OrgLevel.valueOf(level.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("级别（level）无效：" + level + "，应为 PREFECTURE、COUNTY 或 UNIT");
        }
    }

    private String nextCode(Org parent) {
        for (int n = 1; n < 1000; n++) {
            String code = parent.code() + "-" + (n < 10 ? "0" + n : String.valueOf(n));
            if (code.length() <= 40 && orgs.findByCode(code) == null) {
                return code;
            }
        }
        throw ApiException.badRequest("编码（code）：无法自动生成，请填写编码");
    }

    @Transactional
    public Org update(String adminUser, long id, OrgChange body) {
        Org org = orgs.findById(id);
        if (org == null) {
            throw ApiException.notFound("机构不存在：" + id);
        }
        if (body == null) {
            throw ApiException.badRequest("请求内容不能为空");
        }
        List<String> changes = new ArrayList<>();
        String name = body.name() == null ? org.name() : AdminText.required(body.name(), "名称（name）", 100);
        if (!name.equals(org.name())) {
            changes.add("名称 " + org.name() + " → " + name);
        }
        String shortName = body.shortName() == null ? org.shortName()
                : AdminText.optional(body.shortName(), "简称（shortName）", 50);
        String department = body.department() == null ? org.department()
                : AdminText.optional(body.department(), "主管部门（department）", 100);
        int sortOrder = body.sortOrder() == null ? org.sortOrder() : body.sortOrder();
        boolean active = body.active() == null ? org.active() : body.active();
        if (active != org.active()) {
            if (!active) {
                if (org.parentId() == null) {
                    throw ApiException.badRequest("启用状态（active）：不能停用根机构");
                }
                int children = admin.countActiveChildren(org.id());
                if (children > 0) {
                    throw ApiException.badRequest("启用状态（active）：该机构下还有 " + children + " 个启用的下级机构，请先停用或移走");
                }
                int users = admin.countActiveUsers(org.id());
                if (users > 0) {
                    throw ApiException.badRequest("启用状态（active）：该机构还有 " + users + " 个启用的用户，请先停用或调走");
                }
                changes.add("停用");
            } else {
                Org parent = org.parentId() == null ? null : orgs.findById(org.parentId());
                if (parent != null && !parent.active()) {
                    throw ApiException.badRequest("启用状态（active）：上级机构 " + parent.name() + " 已停用，请先启用上级");
                }
                changes.add("启用");
            }
        }
        if (!java.util.Objects.equals(shortName, org.shortName())) {
            changes.add("简称 → " + (shortName == null ? "（无）" : shortName));
        }
        if (!java.util.Objects.equals(department, org.department())) {
            changes.add("主管部门 → " + (department == null ? "（无）" : department));
        }
        if (sortOrder != org.sortOrder()) {
            changes.add("排序 → " + sortOrder);
        }
        admin.updateOrg(org.id(), name, shortName, sortOrder, active, department);
        if (!name.equals(org.name())) {
            admin.renameUnitOnForms(org.id(), name);
            admin.renameUnitOnTasks(org.id(), name);
            admin.renameUnitOnDoneTasks(org.id(), name);
        }
        if (body.parentId() != null && !body.parentId().equals(org.parentId())) {
            changes.add(move(org, body.parentId()));
        }
        if (!changes.isEmpty()) {
            audit.record(adminUser, AuditAction.ADMIN_ORG_UPDATE, null,
                    AdminText.clip(org.name() + "（" + org.code() + "）：" + String.join("；", changes)));
        }
        return orgs.findById(org.id());
    }

    private String move(Org org, long parentId) {
        if (org.parentId() == null) {
            throw ApiException.badRequest("上级机构（parentId）：根机构不能移动");
        }
        Org parent = orgs.findById(parentId);
        if (parent == null) {
            throw ApiException.badRequest("上级机构（parentId）不存在：" + parentId);
        }
        if (parent.path().startsWith(org.path())) {
            throw ApiException.badRequest("上级机构（parentId）：不能移到自身或其下级机构之下");
        }
        if (!parent.active()) {
            throw ApiException.badRequest("上级机构（parentId）已停用：" + parent.name());
        }
        if (!parent.level().children().contains(org.level())) {
            throw ApiException.badRequest("上级机构（parentId）：" + parent.level().label() + "下不能放" + org.level().label());
        }
        String oldPrefix = org.path();
        String newPrefix = parent.path() + org.code() + "/";
        int deepest = orgs.findInScope(oldPrefix).stream().mapToInt(o -> o.path().length()).max().orElse(0);
        if (deepest - oldPrefix.length() + newPrefix.length() > MAX_PATH) {
            throw ApiException.badRequest("上级机构（parentId）：移动后机构层级路径超过 " + MAX_PATH + " 个字符");
        }
        Org oldParent = orgs.findById(org.parentId());
        admin.setParent(org.id(), parent.id());
        admin.rewriteOrgPaths(oldPrefix, newPrefix);
        admin.rewriteInboxPaths(oldPrefix, newPrefix);
        admin.rewriteInboxDonePaths(oldPrefix, newPrefix);
        int rerouted = rerouting.rerouteUnder(newPrefix);
        return "从 " + (oldParent == null ? "?" : oldParent.name()) + " 移到 " + parent.name()
                + (rerouted == 0 ? "" : "，" + rerouted + " 张在办表单改由新地区审核签发");
    }
}
