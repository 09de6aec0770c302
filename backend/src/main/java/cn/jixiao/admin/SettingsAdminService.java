package cn.jixiao.admin;

import cn.jixiao.audit.AuditAction;
import cn.jixiao.audit.AuditLog;
import cn.jixiao.org.Org;
import cn.jixiao.org.OrgLevel;
import cn.jixiao.org.OrgMapper;
import cn.jixiao.security.CurrentUser;
import cn.jixiao.security.Role;
import cn.jixiao.settings.SettingsService;
import cn.jixiao.settings.SettingGroup;
import cn.jixiao.settings.SecuritySettings;
import cn.jixiao.validation.ValidationSettings.Setting;
import cn.jixiao.web.ApiException;
import cn.jixiao.workflow.DeadlineRedating;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Arrays;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The settings (rule thresholds, due dates and reminders) as the administrator sees them: built-in default,
 * system value, the prefecture's own value and the effective one. Changes go through
 * {@link SettingsService#set} and are audited.
 */
@Service
public class SettingsAdminService {

    public record PrefectureRef(long id, String name) {
    }

    /** {@code key}: what the API reads and writes; {@code label} and {@code description}: what a person reads. */
    public record Item(String group, String key, String label, String description, String defaultValue, String systemValue,
                       String prefectureValue, String effectiveValue, String updatedBy, LocalDateTime updatedAt) {
    }

    public record SettingsView(PrefectureRef prefecture, List<PrefectureRef> prefectures, List<Item> items) {
    }

    /** {@code values}: key → new value; null or "" removes the override at this level. */
    public record SettingsChange(Long prefectureId, Map<String, String> values) {
    }

    private final AdminMapper admin;
    private final OrgMapper orgs;
    private final SettingsService settings;
    private final DeadlineRedating redating;
    private final AuditLog audit;

    public SettingsAdminService(AdminMapper admin, OrgMapper orgs, SettingsService settings, DeadlineRedating redating,
                                AuditLog audit) {
        this.admin = admin;
        this.orgs = orgs;
        this.settings = settings;
        this.redating = redating;
        this.audit = audit;
    }

    public SettingsView view(CurrentUser me, Long prefectureId) {
        Org prefecture = prefecture(prefectureId);
        Map<String, AdminMapper.SettingRow> system = new LinkedHashMap<>();
        Map<String, AdminMapper.SettingRow> own = new LinkedHashMap<>();
        for (AdminMapper.SettingRow row : admin.findSettings(prefectureId)) {
            (row.prefectureId() == null ? system : own).put(row.settingKey(), row);
        }
        Map<String, String> effective = SettingGroup.resolve(settings.profileDefaults(), values(system), values(own));
        List<Item> items = new ArrayList<>();
        for (SettingGroup group : SettingGroup.values()) {
            if (!mayChange(me, group)) {
                continue;
            }
            for (Setting s : group.settings()) {
                AdminMapper.SettingRow sys = system.get(s.key());
                AdminMapper.SettingRow pre = own.get(s.key());
                AdminMapper.SettingRow last = pre != null ? pre : sys;
                items.add(new Item(group.label(), s.key(), s.label(), s.description(), settings.defaultOf(s.key(), s.defaultValue()),
                        sys == null ? null : sys.settingValue(), pre == null ? null : pre.settingValue(),
                        effective.get(s.key()), last == null ? null : last.updatedBy(),
                        last == null ? null : last.updatedAt()));
            }
        }
        return new SettingsView(prefecture == null ? null : new PrefectureRef(prefecture.id(), prefecture.name()),
                prefectures(), items);
    }

    private static Map<String, String> values(Map<String, AdminMapper.SettingRow> rows) {
        Map<String, String> values = new LinkedHashMap<>();
        rows.forEach((key, row) -> values.put(key, row.settingValue()));
        return values;
    }

    private List<PrefectureRef> prefectures() {
        return orgs.findInScope("/").stream().filter(o -> o.level() == OrgLevel.PREFECTURE)
                .map(o -> new PrefectureRef(o.id(), o.name())).toList();
    }

    /** The prefecture named by a request, or null for system-wide; 400 when the id is not a prefecture. */
    Org prefecture(Long prefectureId) {
        if (prefectureId == null) {
            return null;
        }
        Org org = orgs.findById(prefectureId);
        if (org == null || org.level() != OrgLevel.PREFECTURE) {
            throw ApiException.badRequest("地区（prefectureId）不是地区/州：" + prefectureId);
        }
        return org;
    }

    /** Each administrator sees and changes its own groups (三员分立): security settings are the security administrator's. */
    private static boolean mayChange(CurrentUser me, SettingGroup group) {
        return me.hasRole(group.security() ? Role.SECURITY_ADMIN : Role.SYSTEM_ADMIN);
    }

    @Transactional
    public SettingsView change(CurrentUser me, SettingsChange body) {
        String adminUser = me.username();
        if (body == null || body.values() == null || body.values().isEmpty()) {
            throw ApiException.badRequest("设置值（values）不能为空");
        }
        Org prefecture = prefecture(body.prefectureId());
        Long prefectureId = body.prefectureId();
        Map<String, String> system = new LinkedHashMap<>();
        Map<String, String> own = new LinkedHashMap<>();
        admin.findSettings(prefectureId).forEach(r ->
                (r.prefectureId() == null ? system : own).put(r.settingKey(), r.settingValue()));
        Map<String, String> level = prefectureId == null ? system : own;
        Map<String, String> before = new LinkedHashMap<>(level);
        Map<String, String> changes = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : body.values().entrySet()) {
            String key = e.getKey();
            SettingGroup group = SettingGroup.of(key);
            if (group == null) {
                throw ApiException.badRequest("未知的设置项（values." + key + "）");
            }
            if (!mayChange(me, group)) {
                throw ApiException.forbidden("设置项 " + key + " 属于" + group.label() + "，由"
                        + (group.security() ? Role.SECURITY_ADMIN : Role.SYSTEM_ADMIN).label() + "管理");
            }
            if (group.security() && prefectureId != null) {
                throw ApiException.badRequest("设置项 " + key + " 只能设为系统默认值（prefectureId 应为空）");
            }
            String value = e.getValue() == null || e.getValue().isBlank() ? null : e.getValue().strip();
            if (value != null && value.length() > 200) {
                throw ApiException.badRequest("设置项 " + key + " 的值不能超过 200 个字符");
            }
            if (value != null) {
                try {
                    SettingGroup.resolve(Map.of(key, value));
                } catch (IllegalArgumentException ex) {
                    throw ApiException.badRequest("设置项 " + key + " 的值无效：" + value + reason(ex));
                }
                unknownRoles(key, value);
            }
            changes.put(key, value);
        }
        // the whole set must still fit together (min ≤ max, grade lines in order, …)
        changes.forEach((k, v) -> {
            if (v == null) {
                level.remove(k);
            } else {
                level.put(k, v);
            }
        });
        try {
            SettingGroup.resolve(settings.profileDefaults(), system, own);
        } catch (IllegalArgumentException ex) {
            throw ApiException.badRequest("设置项 " + String.join("、", changes.keySet()) + " 与其他设置矛盾" + reason(ex));
        }
        String where = prefecture == null ? "系统默认" : prefecture.name();
        boolean deadlinesChanged = false;
        for (Map.Entry<String, String> c : changes.entrySet()) {
            String old = before.get(c.getKey());
            if (Objects.equals(old, c.getValue())) {
                continue;
            }
            if (c.getValue() == null) {
                admin.deleteSetting(prefectureId, c.getKey());
            } else {
                settings.set(prefectureId, c.getKey(), c.getValue(), adminUser);
            }
            audit.record(adminUser, AuditAction.ADMIN_SETTING_CHANGE, null, AdminText.clip(where + " " + SettingGroup.labelOf(c.getKey()) + "："
                    + (old == null ? "（未设置）" : old) + " → " + (c.getValue() == null ? "（未设置）" : c.getValue())));
            deadlinesChanged |= SettingGroup.DEADLINES.owns(c.getKey());
        }
        if (deadlinesChanged) {
            int redated = redating.redateUnder(prefecture == null ? "/" : prefecture.path());
            if (redated > 0) {
                audit.record(adminUser, AuditAction.ADMIN_DEADLINES_APPLIED, null,
                        where + "：" + redated + " 张在办表单的截止日期和提醒已按新设置调整");
            }
        }
        return view(me, prefectureId);
    }

    /** The settings package knows role codes only as text; which roles exist is the security package's. */
    private static void unknownRoles(String key, String value) {
        if (!key.equals("mfa.requiredRoles")) {
            return;
        }
        Set<String> known = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet());
        SecuritySettings.defaults().withOverrides(Map.of(key, value)).mfaRequiredRoles().stream()
                .filter(r -> !known.contains(r)).findFirst().ifPresent(r -> {
                    throw ApiException.badRequest("设置项 " + key + " 的值无效：没有角色 " + r);
                });
    }

    private static String reason(IllegalArgumentException ex) {
        if (ex instanceof NumberFormatException || ex.getMessage() == null) {
            return "（应为数字）";
        }
        return "（" + ex.getMessage() + "）";
    }
}
