package cn.jixiao.security;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What of the administration a user's roles open, for the web app to show only that (api.md v2: each administrator
 * sees what it may do). The server's answer to every call stays the authority: SecurityConfig and the services.
 */
public enum AdminArea {
    /** The org tree. */
    ORGS(Role.SYSTEM_ADMIN),
    /** The accounts: business ones for the system administrator, the administrators' for the security administrator. */
    USERS(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN),
    /** Password resets, unlocks, second-factor resets. */
    ACCOUNT_SECURITY(Role.SECURITY_ADMIN),
    /** Settings: each administrator its own groups. */
    SETTINGS(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN),
    /** The unit ↔ fund register. */
    UNIT_FUNDS(Role.SYSTEM_ADMIN),
    /** The working-day calendar. */
    CALENDAR(Role.SYSTEM_ADMIN),
    /** The audit log: read, export, verify. */
    AUDIT(Role.AUDIT_ADMIN),
    /** The Camunda console. */
    ENGINE_CONSOLE(Role.SYSTEM_ADMIN);

    private final Set<Role> roles;

    AdminArea(Role... roles) {
        this.roles = Set.of(roles);
    }

    public static List<AdminArea> of(Set<Role> held) {
        return Arrays.stream(values()).filter(a -> a.roles.stream().anyMatch(held::contains)).toList();
    }
}
