package cn.jixiao.security;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
public class AppUserDetailsService implements UserDetailsService {

    private final UserMapper users;
    private final AccountReader accounts;

    public AppUserDetailsService(UserMapper users, AccountReader accounts) {
        this.users = users;
        this.accounts = accounts;
    }

    @Override
    public CurrentUser loadUserByUsername(String username) {
        AppUser user = users.findByUsername(username);
        if (user == null) {
            throw new UsernameNotFoundException(username);
        }
        return accounts.read(user, true);
    }
}
