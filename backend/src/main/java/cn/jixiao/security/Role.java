package cn.jixiao.security;

import cn.jixiao.org.OrgLevel;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The business roles of the review chain, and the three administrators of 三员分立: no account holds two
 * administrator roles, nor an administrator role together with a business role ({@link #conflict}).
 */
public enum Role {
    FILER("填报人", false, OrgLevel.UNIT),
    UNIT_HEAD("单位负责人", false, OrgLevel.UNIT),
    PREFECTURE_REVIEWER("地区审核", false, OrgLevel.PREFECTURE),
    PREFECTURE_LEADER("地区领导", false, OrgLevel.PREFECTURE),
    SYSTEM_ADMIN("系统管理员", true, OrgLevel.values()),
    SECURITY_ADMIN("安全管理员", true, OrgLevel.values()),
    AUDIT_ADMIN("审计管理员", true, OrgLevel.values());

    private final String label;
    private final boolean administrator;
    private final Set<OrgLevel> levels;

    Role(String label, boolean administrator, OrgLevel... levels) {
        this.label = label;
        this.administrator = administrator;
        this.levels = Set.of(levels);
    }

    /** The org levels an account with this role may belong to (a filer to a unit, a reviewer to a prefecture). */
    public Set<OrgLevel> levels() {
        return levels;
    }

    public String label() {
        return label;
    }

    /** One of the three administrators of 三员分立. */
    public boolean administrator() {
        return administrator;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public static Set<Role> administrators() {
        return EnumSet.of(SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN);
    }

    /** True when the roles break 三员分立: two administrator roles, or one with a business role. */
    public static boolean conflict(Collection<Role> roles) {
        long admins = roles.stream().filter(Role::administrator).count();
        return admins > 1 || (admins == 1 && roles.size() > 1);
    }
}
