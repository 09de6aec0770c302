package cn.jixiao.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The business roles of the review chain, and the three administrators of 三员分立: no account holds two
 * administrator roles, nor an administrator role together with a business role ({@link #conflict}).
 */
public enum Role {
    FILER("填报人", false),
    UNIT_HEAD("单位负责人", false),
    PREFECTURE_REVIEWER("地区审核", false),
    PREFECTURE_LEADER("地区领导", false),
    SYSTEM_ADMIN("系统管理员", true),
    SECURITY_ADMIN("安全管理员", true),
    AUDIT_ADMIN("审计管理员", true);

    private final String label;
    private final boolean administrator;

    Role(String label, boolean administrator) {
        this.label = label;
        this.administrator = administrator;
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
