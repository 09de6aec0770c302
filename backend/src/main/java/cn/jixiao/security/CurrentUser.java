package cn.jixiao.security;

import cn.jixiao.org.OrgScope;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in person as the session keeps it, with what their org means for them, resolved once per request
 * ({@link AccountReader}): which orgs they may see and which prefecture they act for.
 */
public record CurrentUser(long id, String username, String displayName, long orgId, Set<Role> roles,
                          String passwordHash, boolean active, OrgScope scope, long prefectureId)
        implements UserDetails, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    /** The session must not carry the hash around once the login is done. */
    public CurrentUser withoutPassword() {
        return new CurrentUser(id, username, displayName, orgId, roles, null, active, scope, prefectureId);
    }
}
