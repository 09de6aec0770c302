package cn.jixiao.security;

import java.util.EnumSet;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
public class AppUserDetailsService implements UserDetailsService {

    private final UserMapper users;

    public AppUserDetailsService(UserMapper users) {
        this.users = users;
    }

    @Override
    public CurrentUser loadUserByUsername(String username) {
        AppUser user = users.findByUsername(username);
        if (user == null) {
            throw new UsernameNotFoundException(username);
        }
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(users.findRoles(user.id()));
        return new CurrentUser(user.id(), user.username(), user.displayName(), user.orgId(), roles,
                user.passwordHash(), user.active());
    }
}
