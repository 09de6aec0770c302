package cn.jixiao.settings;

import cn.jixiao.validation.ValidationSettings.Setting;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The security administrator's settings (system-wide only): password policy, session time limits, which roles must
 * use a second factor, how long the audit log is kept. The lower bounds are those of 等保2.0 三级 and api.md v2:
 * a setting may make the policy stricter, never weaker.
 *
 * @param passwordMinLength     {@code password.minLength}: at least this many characters (10–64)
 * @param passwordHistory       {@code password.history}: not one of the last n passwords (5–24)
 * @param passwordExpiryDays    {@code password.expiryDays}: a password must be changed after n days (1–365)
 * @param sessionIdleMinutes    {@code session.idleMinutes}: a session ends after n minutes without a request (5–30)
 * @param sessionAbsoluteHours  {@code session.absoluteHours}: and n hours after the login in any case (1–12)
 * @param mfaRequiredRoles      {@code mfa.requiredRoles}: role codes whose holders must use a second factor
 * @param auditRetentionDays    {@code audit.retentionDays}: audit rows are kept n days (180–3650)
 */
public record SecuritySettings(int passwordMinLength, int passwordHistory, int passwordExpiryDays,
                               int sessionIdleMinutes, int sessionAbsoluteHours, Set<String> mfaRequiredRoles,
                               int auditRetentionDays) {

    /** The value of {@code mfa.requiredRoles} that names no role (a blank value would mean "not set"). */
    public static final String NO_ROLES = "NONE";
    private static final Pattern ROLE_CODE = Pattern.compile("[A-Z_]{2,32}");

    public static final List<Setting> SETTINGS = List.of(
            new Setting("password.minLength", "密码最短长度", "10", "密码最短长度（10–64 个字符；另须含大写字母、小写字母、数字、其他字符中的 3 类）"),
            new Setting("password.history", "不得重复的历史密码数", "5", "新密码不能与最近几次用过的密码相同（5–24）"),
            new Setting("password.expiryDays", "密码有效期", "90", "密码有效期（天，1–365），到期后须修改密码才能继续使用"),
            new Setting("session.idleMinutes", "会话空闲超时", "30", "会话空闲超时（分钟，5–30），超时须重新登录"),
            new Setting("session.absoluteHours", "会话最长时限", "12", "会话最长时限（小时，1–12），自登录起计算"),
            new Setting("mfa.requiredRoles", "须用双因素认证的角色", NO_ROLES,
                    "必须使用双因素认证（TOTP）的角色代码，逗号分隔（如 SYSTEM_ADMIN,PREFECTURE_LEADER）；NONE 表示不要求"),
            new Setting("audit.retentionDays", "审计日志保存天数", "180", "审计日志保存天数（180–3650），更早且已封存的记录由每日清理删除"));

    private static final SecuritySettings DEFAULTS = fromMap(SettingValues.defaults(SETTINGS));

    public SecuritySettings {
        range("password.minLength", passwordMinLength, 10, 64);
        range("password.history", passwordHistory, 5, 24);
        range("password.expiryDays", passwordExpiryDays, 1, 365);
        range("session.idleMinutes", sessionIdleMinutes, 5, 30);
        range("session.absoluteHours", sessionAbsoluteHours, 1, 12);
        range("audit.retentionDays", auditRetentionDays, 180, 3650);
        mfaRequiredRoles = Set.copyOf(mfaRequiredRoles);
    }

    public static SecuritySettings defaults() {
        return DEFAULTS;
    }

    /**
     * A copy with the given keys replaced; blank values keep the current one.
     *
     * @throws IllegalArgumentException on an unknown key or a bad value, with a Chinese message
     */
    public SecuritySettings withOverrides(Map<String, String> overrides) {
        return fromMap(SettingValues.overlay(toMap(), overrides, "安全"));
    }

    public Map<String, String> toMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("password.minLength", String.valueOf(passwordMinLength));
        m.put("password.history", String.valueOf(passwordHistory));
        m.put("password.expiryDays", String.valueOf(passwordExpiryDays));
        m.put("session.idleMinutes", String.valueOf(sessionIdleMinutes));
        m.put("session.absoluteHours", String.valueOf(sessionAbsoluteHours));
        m.put("mfa.requiredRoles", mfaRequiredRoles.isEmpty() ? NO_ROLES
                : String.join(",", mfaRequiredRoles.stream().sorted().toList()));
        m.put("audit.retentionDays", String.valueOf(auditRetentionDays));
        return m;
    }

    private static SecuritySettings fromMap(Map<String, String> m) {
        return new SecuritySettings(SettingValues.integer(m, "password.minLength"), SettingValues.integer(m, "password.history"),
                SettingValues.integer(m, "password.expiryDays"), SettingValues.integer(m, "session.idleMinutes"),
                SettingValues.integer(m, "session.absoluteHours"), roles(m.get("mfa.requiredRoles")),
                SettingValues.integer(m, "audit.retentionDays"));
    }

    private static Set<String> roles(String value) {
        Set<String> roles = new LinkedHashSet<>();
        if (value.strip().equalsIgnoreCase(NO_ROLES)) {
            return roles;
        }
        for (String r : Arrays.stream(value.split("[,，、\\s]+")).filter(s -> !s.isBlank()).toList()) {
            if (!ROLE_CODE.matcher(r).matches()) {
                throw new IllegalArgumentException("mfa.requiredRoles 的“" + r + "”不是角色代码");
            }
            roles.add(r);
        }
        return roles;
    }

    private static void range(String key, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(key + " 应为 " + min + "–" + max + " 之间的整数");
        }
    }
}
