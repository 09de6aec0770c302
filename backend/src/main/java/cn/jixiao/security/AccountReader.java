package cn.jixiao.security;

import cn.jixiao.org.Org;
import cn.jixiao.org.OrgHierarchy;
import cn.jixiao.org.OrgMapper;
import cn.jixiao.org.OrgScope;
import java.util.EnumSet;
import org.springframework.stereotype.Component;

/**
 * Turns an account row into the {@link CurrentUser} of a login or a request: its roles, and which orgs it may
 * see — SYSTEM_ADMIN everything, the security and audit administrators no form at all; prefecture reviewers and leaders their prefecture's whole subtree (counties, their
 * units and the 本级 units); filers and unit heads their own unit; nothing while the org is deactivated.
 */
@Component
class AccountReader {

    private final UserMapper users;
    private final OrgMapper orgs;
    private final OrgHierarchy hierarchy;

    AccountReader(UserMapper users, OrgMapper orgs, OrgHierarchy hierarchy) {
        this.users = users;
        this.orgs = orgs;
        this.hierarchy = hierarchy;
    }

    /** With the password hash for the login's check; requests keep none. */
    CurrentUser read(AppUser row, boolean withPasswordHash) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(users.findRoles(row.id()));
        Org own = orgs.findById(row.orgId());
        Org prefecture = own == null ? null : hierarchy.prefectureOf(own);
        return new CurrentUser(row.id(), row.username(), row.displayName(), row.orgId(), roles,
                withPasswordHash ? row.passwordHash() : null, row.active(), scope(roles, own, prefecture),
                prefecture == null ? row.orgId() : prefecture.id());
    }

    private static OrgScope scope(EnumSet<Role> roles, Org own, Org prefecture) {
        if (roles.contains(Role.SYSTEM_ADMIN)) {
            return OrgScope.EVERYTHING;
        }
        if (own == null || !own.active() || roles.stream().anyMatch(Role::administrator)) {
            return OrgScope.NOTHING;
        }
        if (roles.contains(Role.PREFECTURE_REVIEWER) || roles.contains(Role.PREFECTURE_LEADER)) {
            return new OrgScope(prefecture.path());
        }
        return new OrgScope(own.path());
    }
}
